package dev.ladder.web.page;

import java.util.List;

import org.springframework.util.unit.DataSize;

import dev.ladder.history.ReviewCsv;
import dev.ladder.organisation.EmployeeCsv;

/**
 * The imports page: its two upload forms, each with the columns its file must have (as the README and
 * docs/bulk.md say) and, after a rejected upload, that form's error and every problem of the file.
 *
 * @param maxSize  the largest file accepted, in words ("10 MB")
 * @param maxBytes the same in bytes, for the page's script that checks a file before it is sent
 * @param forms    the HR export's form, then the reviews'
 * @param errors   the error summary's entries: empty unless an upload was rejected
 */
record AdminImportsView(String maxSize, long maxBytes, List<Form> forms, List<SummaryItem> errors) {

    static final String PEOPLE = "people";
    static final String REVIEWS = "reviews";

    /**
     * One upload form.
     *
     * @param error    the message at the file input, or null
     * @param fileName the rejected file's name, or null
     * @param problems every problem of the rejected file, by line and column (empty when none)
     */
    record Form(String kind, String heading, String intro, String action, String inputId, String label,
                String hint, String header, List<Column> columns, String columnsTitle, String example,
                String button, String error,
                String fileName, List<Problem> problems) {
    }

    /** A column of the file: its name, whether it must have a value, what it holds. */
    record Column(String name, String required, String holds) {
    }

    /** A problem of a rejected file: its line, its column ("6 (level)", or "whole line") and what is wrong. */
    record Problem(int line, String column, String message) {
    }

    /** An entry of the error summary, linking to the field or table it is about. */
    record SummaryItem(String text, String href) {
    }

    static AdminImportsView of(DataSize max, AdminImportFailure failure) {
        String size = size(max);
        List<Form> forms = List.of(people(size, failure), reviews(size, failure));
        List<SummaryItem> errors = new java.util.ArrayList<>();
        for (Form form : forms) {
            if (form.error() != null) {
                errors.add(new SummaryItem(form.error(), "#" + form.inputId()));
            }
        }
        return new AdminImportsView(size, max.toBytes(), forms, List.copyOf(errors));
    }

    /** "10 MB", "512 KB", or bytes. */
    static String size(DataSize max) {
        long bytes = max.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    static String tooLarge(DataSize max) {
        return "The selected file is larger than " + size(max) + ", the most Ladder accepts "
                + "(ladder.max-request-size); nothing was stored. Split it into smaller files";
    }

    /** What the form asks for: "the HR export (a CSV file)". */
    static String fileOf(String kind) {
        return PEOPLE.equals(kind) ? "the HR export (a CSV file)" : "a reviews file (a CSV file)";
    }

    private static Form people(String size, AdminImportFailure failure) {
        List<Column> columns = List.of(
                new Column("employee_id", "yes", "1 to 64 characters: ASCII letters, digits, '-', '_' and '.', "
                        + "starting with a letter or digit; each id once in the file; not admin, lnd or analyst"),
                new Column("name", "yes", "the person's name, on one line"),
                new Column("department", "yes", "the department, spelled as the reports should show it"),
                new Column("manager_id", "no", "the manager's employee id: someone in this file or already in "
                        + "the register; empty for none"),
                new Column("framework", "yes", "framework id: cambridge, milton-keynes or leicester"),
                new Column("level", "yes", "one of the framework's levels, a whole number in ASCII digits (0-9)"));
        return form(PEOPLE, "Import people (HR export)",
                "Adds everyone in the file to the organisation register, or updates them there; people not in "
                        + "the file are kept.",
                "people-file", EmployeeCsv.HEADER, columns,
                "MK0005,Sam Patel,Revenues and Benefits,MK0004,milton-keynes,1", "Import people", size, failure);
    }

    private static Form reviews(String size, AdminImportFailure failure) {
        List<Column> columns = List.of(
                new Column("employee_id", "yes", "the person's id in the organisation register (import them first)"),
                new Column("framework", "yes", "framework id: cambridge, milton-keynes or leicester; the one the "
                        + "register has for the person"),
                new Column("level", "yes", "rank of the person's level, a whole number in ASCII digits; the level "
                        + "the register has for the person"),
                new Column("period", "yes", "the review period: 2026, 2026-H1, 2026-Q2 or 2026-05; one row per "
                        + "person and period"),
                new Column("department", "no", "for reports; empty for none"),
                new Column("ratings", "no", "competency=rating items separated by ';', "
                        + "e.g. customer-focus=3;team-player=2"),
                new Column("observed", "no", "indicator ids separated by ';', e.g. customer-focus-p01;team-player-n01"));
        return form(REVIEWS, "Import reviews",
                "Assesses every review of the file, each with the person's previous review, and stores them with "
                        + "their assessments in one go. A review replaces a stored review of the same person and "
                        + "period, which stays in the history.",
                "reviews-file", ReviewCsv.HEADER, columns,
                "MK0005,milton-keynes,1,2026,Revenues and Benefits,customer-focus=3;team-player=3,team-player-n01",
                "Import reviews", size, failure);
    }

    private static Form form(String kind, String heading, String intro, String inputId, List<String> header,
                             List<Column> columns, String example, String button, String size,
                             AdminImportFailure failure) {
        boolean failed = failure != null && kind.equals(failure.kind());
        String hint = "A CSV file (UTF-8) of at most " + size + ". If any row has a problem, nothing is stored "
                + "and every problem is listed by line and column.";
        String file = PEOPLE.equals(kind) ? "the HR export" : "a reviews file";
        return new Form(kind, heading, intro, AdminImportsController.PATH + "/" + kind, inputId, "Upload " + file,
                hint, String.join(",", header), columns,
                PEOPLE.equals(kind) ? "Columns of the HR export" : "Columns of the reviews file", example, button, failed ? failure.message() : null,
                failed ? failure.fileName() : null, failed ? failure.problems() : List.of());
    }
}
