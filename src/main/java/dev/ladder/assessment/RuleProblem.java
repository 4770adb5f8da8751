package dev.ladder.assessment;

/**
 * Why a rule file did not compile: the file (relative to {@code ladder.rules-dir}), the line and
 * column where Drools found it (null when Drools does not say), and Drools' message.
 */
public record RuleProblem(String file, Integer line, Integer column, String message) {

    public String describe() {
        return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column)) + ": " + message;
    }
}
