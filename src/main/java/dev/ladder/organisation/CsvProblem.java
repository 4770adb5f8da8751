package dev.ladder.organisation;

import java.util.List;

/**
 * One thing wrong in an uploaded CSV file.
 *
 * @param line         1-based line of the file (the header is line 1)
 * @param column       the column's name from the header, or null for the whole line
 * @param columnNumber the column's 1-based position in the header, or null for the whole line
 */
public record CsvProblem(int line, String column, Integer columnNumber, String message) {

    /** A problem with a named column whose position is not known (or with the whole line, when null). */
    public CsvProblem(int line, String column, String message) {
        this(line, column, null, message);
    }

    /** A problem with the cell under {@code column} of {@code header}, numbered by its position there. */
    public static CsvProblem at(int line, List<String> header, String column, String message) {
        int index = column == null ? -1 : header.indexOf(column);
        return new CsvProblem(line, column, index < 0 ? null : index + 1, message);
    }

    /** {@code line 3, column 6 (level): message}. */
    public String describe() {
        String where = column == null ? "" : columnNumber == null ? ", column " + column
                : ", column " + columnNumber + " (" + column + ")";
        return "line " + line + where + ": " + message;
    }
}
