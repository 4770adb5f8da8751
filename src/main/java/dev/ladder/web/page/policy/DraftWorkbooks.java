package dev.ladder.web.page.policy;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;
import dev.ladder.policy.InvalidPolicyPath;
import dev.ladder.policy.PolicyDrafts;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A spreadsheet decision table ({@code *.drl.xlsx}) of a draft: an analyst downloads it, edits it in
 * their spreadsheet program and uploads it again; the draft's check then compiles it like any other
 * table and names its problems by sheet, row and column. Anything that is not an Excel workbook is
 * refused with what it is instead, and the draft keeps the file it had.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class DraftWorkbooks {

    private final Drafts drafts;

    DraftWorkbooks(Drafts drafts) {
        this.drafts = drafts;
    }

    /**
     * The spreadsheet's page.
     *
     * @param workbookHref where the workbook is downloaded from and uploaded to
     * @param problems the latest check's problems in this file, in words
     * @param error    why the last upload was refused, or null
     */
    record SheetView(String draftId, String draftHref, String path, String workbookHref, List<String> problems,
                     String error) {

        static SheetView of(Draft draft, String path, CheckReport check, String error) {
            List<String> problems = check == null ? List.of() : check.problems().stream()
                    .filter(p -> path.equals(p.file())).map(CheckView::sentence).toList();
            String workbook = UriComponentsBuilder.fromPath("/policy/drafts/{id}/workbook").queryParam("path", "{path}")
                    .encode().buildAndExpand(draft.id(), path).toUriString();
            return new SheetView(draft.id(), "/policy/drafts/" + draft.id(), path, workbook, problems, error);
        }
    }

    @GetMapping("/policy/drafts/{id}/workbook")
    ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam String path) {
        drafts.find(id);
        if (!path.endsWith(".xlsx") || !drafts.service().files(id).contains(path)) {
            throw dev.ladder.web.NotFound.of("The draft has no spreadsheet '" + path + "'.");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(PolicyDrafts.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(path.substring(path.lastIndexOf('/') + 1)).build().toString())
                .body(drafts.service().readBytes(id, path));
    }

    @PostMapping("/policy/drafts/{id}/workbook")
    String upload(@PathVariable String id, @RequestParam String path,
                  @RequestParam(name = "workbook", required = false) MultipartFile workbook, Model model,
                  HttpServletResponse response) throws IOException {
        Draft draft = drafts.find(id);
        if (!path.endsWith(".xlsx") || !drafts.service().files(id).contains(path)) {
            throw dev.ladder.web.NotFound.of("The draft has no spreadsheet '" + path + "'.");
        }
        String error = null;
        if (workbook == null || workbook.isEmpty()) {
            error = "Choose the workbook (.xlsx) to upload";
        } else {
            try {
                drafts.service().writeSpreadsheet(id, path, workbook.getBytes());
                drafts.changed(id);
                return "redirect:" + DraftFiles.href(id, path, null) + "&saved";
            } catch (InvalidPolicyPath refused) {
                error = "'" + workbook.getOriginalFilename() + "' was not saved. " + refused.getMessage();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("saved", false);
        model.addAttribute("sheet", SheetView.of(draft, path, drafts.lastCheck(id).orElse(null), error));
        return "policy/spreadsheet";
    }
}
