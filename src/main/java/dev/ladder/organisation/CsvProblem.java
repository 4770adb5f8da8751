package dev.ladder.organisation;

/**
 * One thing wrong in an uploaded CSV file.
 *
 * @param line   1-based line of the file (the header is line 1)
 * @param column the column's name from the header, or null for the whole line
 */
public record CsvProblem(int line, String column, String message) {

    public String describe() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
