package dev.ladder.assessment;

/**
 * Why a rule file cannot go into service: the file (relative to {@code ladder.rules-dir}, or
 * {@code features/…} for a scenario file), the line and column as the analyst sees them (row and
 * column for a decision table; null when not known), the message, and a plain-English hint (null
 * when there is none).
 */
public record RuleProblem(String file, Integer line, Integer column, String message, String hint) {

    public RuleProblem(String file, Integer line, Integer column, String message) {
        this(file, line, column, message, null);
    }

    public String describe() {
        return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column)) + ": " + message
                + (hint == null ? "" : " (" + hint + ")");
    }
}
