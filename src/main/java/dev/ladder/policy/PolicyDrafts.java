package dev.ladder.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;

/**
 * Drafts of the policy: start one from the version in service, read and write its files, check it,
 * publish it. A draft never touches the rule set in service until it is published.
 * File paths are relative to the rules folder ({@code readiness-threshold.drl.csv}) or start with
 * {@code features/} for a scenario file. README files are documentation and are not part of a draft.
 * Drafts are kept in {@code <data-dir>/policy-drafts/}, so they survive a restart.
 */
@Service
public class PolicyDrafts {

    private final DraftStore store;
    private final PolicyFiles policyFiles;
    private final Publisher publisher;
    private final RuleSets ruleSets;

    PolicyDrafts(DraftStore store, PolicyFiles policyFiles, Publisher publisher, RuleSets ruleSets) {
        this.store = store;
        this.policyFiles = policyFiles;
        this.publisher = publisher;
        this.ruleSets = ruleSets;
    }

    /**
     * A new draft holding the files in service (the rule files of {@code ladder.rules-dir} and the
     * scenarios of {@code ladder.features-dir}); its base version is the rule set in service.
     */
    public Draft create(String author) {
        return store.create(author, ruleSets.current().map(RuleSet::version).orElse(null), policyFiles.inService());
    }

    public Optional<Draft> find(String id) {
        return store.find(id);
    }

    /** The draft's file paths, sorted. */
    public List<String> files(String id) {
        existing(id);
        return List.copyOf(store.files(id).keySet());
    }

    /** A file of the draft as text. */
    public String read(String id, String path) {
        return new String(readBytes(id, path), StandardCharsets.UTF_8);
    }

    /** A file of the draft as bytes (a spreadsheet decision table is not text). */
    public byte[] readBytes(String id, String path) {
        existing(id);
        PolicyFiles.validate(path);
        return store.read(id, path).orElseThrow(() -> new PolicyNotFound("Draft " + id + " has no file '" + path
                + "'; its files are " + store.files(id).keySet()));
    }

    /** The media type of an Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes (creates or replaces) a file of the draft. */
    public void write(String id, String path, String text) {
        existing(id);
        PolicyFiles.validate(path);
        if (PolicyFiles.isBinary(path)) {
            throw new InvalidPolicyPath(path, "Not a text file", "File '" + path + "' is a spreadsheet decision"
                    + " table and cannot be written as text: send the workbook itself (Content-Type " + XLSX
                    + "), or save it as CSV (" + path.replace(".xlsx", ".csv") + ") instead");
        }
        store.write(id, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes (creates or replaces) a spreadsheet decision table ({@code *.drl.xlsx}) of the draft, as
     * saved by a spreadsheet program. It must be an Excel workbook; whether its tables compile is the
     * check's business, as for any other file.
     */
    public void writeSpreadsheet(String id, String path, byte[] workbook) {
        existing(id);
        PolicyFiles.validate(path);
        if (!PolicyFiles.isBinary(path)) {
            throw new InvalidPolicyPath(path, "Not a spreadsheet table", "File '" + path
                    + "' is not a spreadsheet decision table (*.drl.xlsx); write it as text instead");
        }
        String problem = Workbooks.problem(workbook);
        if (problem != null) {
            throw new InvalidPolicyPath(path, "Not an Excel workbook", "File '" + path
                    + "' is not an Excel workbook (.xlsx): " + problem
                    + ". Save it from your spreadsheet program as 'Excel Workbook (.xlsx)'");
        }
        store.write(id, path, workbook);
    }

    /** Removes a file from the draft; publishing the draft removes it from service. */
    public void delete(String id, String path) {
        existing(id);
        PolicyFiles.validate(path);
        if (!store.delete(id, path)) {
            throw new PolicyNotFound("Draft " + id + " has no file '" + path + "'");
        }
    }

    /** Compiles and checks the draft's rules and runs every scenario of the draft against them, apart from the service. */
    public CheckReport check(String id) {
        existing(id);
        return publisher.check(store.files(id));
    }

    /**
     * Publishes the draft; once published it is in the history, and the draft is removed (a further
     * change starts a new draft from the version now in service).
     *
     * @throws PublishRefused when the draft does not pass {@link #check}; the draft is kept then
     */
    public PolicyVersion publish(String id, String reason, String author) {
        existing(id);
        PolicyVersion version = publisher.publish(store.files(id), reason, author);
        store.remove(id);
        return version;
    }

    /** Every draft, the newest first (published drafts are gone: they are in the history). */
    public List<Draft> list() {
        return store.list();
    }

    /** Throws a draft away; the service is not touched. */
    public void discard(String id) {
        if (!store.remove(id)) {
            throw new PolicyNotFound("No policy draft '" + id + "'");
        }
    }

    private Draft existing(String id) {
        return store.find(id).orElseThrow(() -> new PolicyNotFound("No policy draft '" + id + "'"));
    }
}
