package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;

/**
 * Editing one file of a draft at {@code /policy/drafts/{id}/file?path=…}: a decision table in a grid
 * (one input per cell, pick-lists for frameworks, competencies and behaviours; add and remove rows),
 * saved back into the CSV with its header rows untouched; a DRL or feature file in a text area (CodeMirror
 * with line numbers and the latest check's problems marked at their lines when scripts run); a
 * spreadsheet table ({@code *.drl.xlsx}) to download and upload ({@link DraftWorkbooks}).
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class DraftFiles {

    private final Drafts drafts;
    private final OntologyPicks picks;

    DraftFiles(Drafts drafts, OntologyPicks picks) {
        this.drafts = drafts;
        this.picks = picks;
    }

    /** The editor's address for a file of a draft, optionally at a line ({@code #line-7}). */
    static String href(String draftId, String path, Integer line) {
        return UriComponentsBuilder.fromPath("/policy/drafts/{id}/file").queryParam("path", "{path}").encode()
                .buildAndExpand(draftId, path).toUriString() + (line == null ? "" : "#line-" + line);
    }

    @GetMapping("/policy/drafts/{id}/file")
    String file(@PathVariable String id, @RequestParam String path,
                @RequestParam(required = false) String saved, @RequestParam(required = false) Integer add,
                Model model) {
        Draft draft = drafts.find(id);
        CheckReport check = drafts.lastCheck(id).orElse(null);
        model.addAttribute("saved", saved != null);
        if (path.endsWith(".xlsx") && drafts.service().files(id).contains(path)) {
            model.addAttribute("sheet", DraftWorkbooks.SheetView.of(draft, path, check, null));
            return "policy/spreadsheet";
        }
        String text = read(id, path);
        if (path.endsWith(".drl.csv")) {
            model.addAttribute("grid", GridView.of(draft, path, text, picks, check, add));
            return "policy/grid";
        }
        model.addAttribute("editor", EditorView.of(draft, path, text, check));
        return "policy/editor";
    }

    /** The grid's form: "Save", "Add a row" (action=add-T) or "Remove" (action=remove-T-R). */
    @PostMapping(path = "/policy/drafts/{id}/file", params = "grid")
    String saveGrid(@PathVariable String id, @RequestParam String path,
                    @RequestParam MultiValueMap<String, String> fields) {
        drafts.find(id);
        String text = read(id, path);
        List<DecisionTables.Table> tables = DecisionTables.read(text);
        String action = fields.getFirst("action") == null ? "save" : fields.getFirst("action");
        String anchor = "";
        for (DecisionTables.Table table : tables) {
            int width = table.columns().size();
            int count = parse(fields.getFirst("t" + table.index() + "-rows"), table.rows().size());
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                if (action.equals("remove-" + table.index() + "-" + r)) {
                    anchor = "#" + GridView.tableId(table.index());
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    String value = fields.getFirst(GridView.cellName(table.index(), r, c));
                    row.add(value == null ? "" : value);
                }
                rows.add(row);
            }
            text = DecisionTables.withRows(text, table.index(), rows);
        }
        drafts.service().write(id, path, text);
        drafts.changed(id);
        String redirect = href(id, path, null);
        if (action.startsWith("add-")) {
            // a new, empty row is added on the page (a blank row is not written to the file)
            return "redirect:" + redirect + "&saved&add=" + action.substring(4) + "#" + GridView.tableId(
                    parse(action.substring(4), 0)) + "-new";
        }
        return "redirect:" + redirect + "&saved" + anchor;
    }

    @PostMapping(path = "/policy/drafts/{id}/file", params = "text")
    String saveText(@PathVariable String id, @RequestParam String path, @RequestParam String text) {
        drafts.find(id);
        read(id, path);
        // browsers send a text area's lines with CR LF; the files keep LF
        drafts.service().write(id, path, text.replace("\r\n", "\n"));
        drafts.changed(id);
        return "redirect:" + href(id, path, null) + "&saved";
    }

    private String read(String id, String path) {
        if (!drafts.service().files(id).contains(path)) {
            throw dev.ladder.web.NotFound.of("The draft has no file '" + path + "'.");
        }
        if (path.endsWith(".xlsx")) {
            // a workbook is downloaded and uploaded on its own page, never posted as text or a grid
            throw dev.ladder.web.NotFound.of("'" + path + "' is a spreadsheet: download it, edit it in your spreadsheet"
                    + " program and upload it on its page, " + href(id, path, null) + ".");
        }
        return drafts.service().read(id, path);
    }

    private static int parse(String value, int otherwise) {
        try {
            return value == null ? otherwise : Math.max(0, Math.min(1000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
