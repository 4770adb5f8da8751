package dev.ladder.web.page;

import java.util.List;

import dev.ladder.organisation.CsvProblem;

/**
 * An upload the imports page rejected: which form it came from, the message shown at its file input and
 * in the error summary, and the file's problems (empty when the file could not be read at all).
 */
record AdminImportFailure(String kind, String fileName, String message, List<AdminImportsView.Problem> problems) {

    /** A file that was not read (none chosen, empty, too large, not UTF-8, no rule set to assess it). */
    static AdminImportFailure of(String kind, String message) {
        return new AdminImportFailure(kind, null, message, List.of());
    }

    /** A file read and rejected: every problem, by line and column. */
    static AdminImportFailure of(String kind, String fileName, List<CsvProblem> problems) {
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName;
        String message = name + " has " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + "; nothing was imported. Correct " + (problems.size() == 1 ? "it" : "them")
                + " and upload the file again";
        return new AdminImportFailure(kind, fileName, message, problems.stream()
                .map(p -> new AdminImportsView.Problem(p.line(), column(p), p.message())).toList());
    }

    private static String column(CsvProblem problem) {
        if (problem.column() == null) {
            return "whole line";
        }
        return problem.columnNumber() == null ? problem.column()
                : problem.columnNumber() + " (" + problem.column() + ")";
    }
}
