package dev.ladder.web.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ladder.assessment.Assessor;
import dev.ladder.history.ReviewCsv;
import dev.ladder.history.ReviewService;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.security.AuditTrail;
import dev.ladder.security.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrators' imports (issue 9, item 7): the HR export and the reviews CSV uploaded as files,
 * read and stored by the same services as {@code POST /api/employees/import} and
 * {@code POST /api/reviews/import}. A file with any problem stores nothing and the page lists every
 * problem by line and column; a good one is stored whole, recorded in the audit trail as the API records
 * it, and the page says how many were imported.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminImportsController {

    static final String PATH = "/admin/imports";

    private final Organisation organisation;
    private final ReviewCsv reviewCsv;
    private final ReviewService reviews;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final DataSize maxSize;

    AdminImportsController(Organisation organisation, ReviewCsv reviewCsv, ReviewService reviews, AuditTrail audit,
                           CurrentUsers users, @Value("${ladder.max-request-size:10MB}") DataSize maxSize) {
        this.organisation = organisation;
        this.reviewCsv = reviewCsv;
        this.reviews = reviews;
        this.audit = audit;
        this.users = users;
        this.maxSize = maxSize;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("imports", AdminImportsView.of(maxSize, null));
        return "admin/imports";
    }

    /** The HR export: adds or updates people, all or none (as {@code POST /api/employees/import}). */
    @PostMapping(PATH + "/people")
    String people(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        String csv = read(AdminImportsView.PEOPLE, file, model, response);
        if (csv == null) {
            return "admin/imports";
        }
        try {
            int imported = organisation.importCsv(csv);
            audit.record("IMPORT", "*", "POST " + PATH + "/people (" + imported + " people)");
            redirect.addFlashAttribute("imported", new AdminImportDone(AdminImportsView.PEOPLE,
                    imported == 1 ? "1 person imported" : imported + " people imported",
                    "From " + file.getOriginalFilename() + ": added to the organisation register, or updated there."));
            return "redirect:" + PATH;
        } catch (InvalidCsv e) {
            return rejected(AdminImportsView.PEOPLE, file, e, model, response);
        }
    }

    /** The reviews CSV: every review assessed and stored in one transaction, or none (as {@code POST /api/reviews/import}). */
    @PostMapping(PATH + "/reviews")
    String reviews(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        String csv = read(AdminImportsView.REVIEWS, file, model, response);
        if (csv == null) {
            return "admin/imports";
        }
        try {
            List<ReviewCsv.Row> rows = reviewCsv.read(csv);
            int stored;
            try {
                stored = reviews.submitAll(rows.stream().map(ReviewCsv.Row::review).toList(),
                        users.current().username(),
                        audit.recording("IMPORT", "*", "POST " + PATH + "/reviews (" + rows.size() + " reviews)")).size();
            } catch (InvalidReview e) {
                throw ReviewCsv.rejected(rows, e);
            }
            redirect.addFlashAttribute("imported", new AdminImportDone(AdminImportsView.REVIEWS,
                    stored == 1 ? "1 review imported" : stored + " reviews imported",
                    "From " + file.getOriginalFilename() + ": assessed and stored with their assessments."));
            return "redirect:" + PATH;
        } catch (InvalidCsv e) {
            return rejected(AdminImportsView.REVIEWS, file, e, model, response);
        } catch (Assessor.NoRuleSet e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            failed(model, AdminImportFailure.of(AdminImportsView.REVIEWS,
                    "No rule set is in service, so the reviews cannot be assessed; nothing was stored. "
                            + "The Rules page says why."));
            return "admin/imports";
        }
    }

    /**
     * An upload larger than the multipart limits ({@code spring.servlet.multipart.*}, set to
     * {@code ladder.max-request-size}) that reached this controller: the form says so.
     */
    static ModelAndView tooLarge(String kind, DataSize maxSize) {
        ModelAndView view = new ModelAndView("admin/imports", HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("imports", AdminImportsView.of(maxSize, AdminImportFailure.of(kind,
                AdminImportsView.tooLarge(maxSize))));
        return view;
    }

    /** The file's text (UTF-8), or null with the form's error in the model. */
    private String read(String kind, MultipartFile file, Model model, HttpServletResponse response) {
        String problem = null;
        String text = null;
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            problem = "Choose " + AdminImportsView.fileOf(kind) + " to upload";
        } else if (file.isEmpty()) {
            problem = "The selected file " + file.getOriginalFilename() + " is empty";
        } else if (file.getSize() > maxSize.toBytes()) {
            problem = AdminImportsView.tooLarge(maxSize);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes()))
                        .toString();
            } catch (CharacterCodingException e) {
                problem = "The selected file is not UTF-8 text; save it as CSV UTF-8 and upload it again";
            } catch (IOException e) {
                problem = "The selected file could not be read; upload it again";
            }
        }
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            failed(model, AdminImportFailure.of(kind, problem));
        }
        return text;
    }

    private String failed(Model model, AdminImportFailure failure) {
        model.addAttribute("imports", AdminImportsView.of(maxSize, failure));
        return "admin/imports";
    }

    private String rejected(String kind, MultipartFile file, InvalidCsv e, Model model,
                                   HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        failed(model, AdminImportFailure.of(kind, file.getOriginalFilename(), e.problems()));
        return "admin/imports";
    }
}
