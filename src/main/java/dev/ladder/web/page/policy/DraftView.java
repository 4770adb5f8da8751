package dev.ladder.web.page.policy;

import java.util.List;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;

/**
 * A draft's page: who started it from which version, its files (tables, DRL, scenarios) each with
 * the address of its editor, and how its latest check went.
 *
 * @param checked null when not checked since its last change; else whether the check passed
 * @param reasonError the publish form's error (a blank reason), or null
 */
record DraftView(String id, String author, String createdAt, String baseVersion, List<FileLink> tables,
                 List<FileLink> drl, List<FileLink> features, List<FileLink> other, Boolean checked,
                 String checkSummary, String reason, String reasonError) {

    record FileLink(String path, String href) {
    }

    static DraftView of(Draft draft, List<String> files, CheckReport check) {
        return of(draft, files, check, "", null);
    }

    static DraftView of(Draft draft, List<String> files, CheckReport check, String reason, String reasonError) {
        List<FileLink> links = files.stream().sorted()
                .map(f -> new FileLink(f, DraftFiles.href(draft.id(), f, null))).toList();
        return new DraftView(draft.id(), draft.author(), Drafts.when(draft.createdAt()), draft.baseVersion(),
                links.stream().filter(l -> l.path().endsWith(".drl.csv") || l.path().endsWith(".drl.xlsx")).toList(),
                links.stream().filter(l -> l.path().endsWith(".drl")).toList(),
                links.stream().filter(l -> l.path().endsWith(".feature")).toList(),
                links.stream().filter(l -> !l.path().endsWith(".drl.csv") && !l.path().endsWith(".drl.xlsx")
                        && !l.path().endsWith(".drl") && !l.path().endsWith(".feature")).toList(),
                check == null ? null : check.passed(), check == null ? null : CheckView.summary(check),
                reason, reasonError);
    }
}
