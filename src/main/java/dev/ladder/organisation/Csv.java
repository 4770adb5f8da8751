package dev.ladder.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one place Ladder reads and writes CSV (RFC 4180, with Apache Commons CSV): every import, export
 * and test goes through here. Reading tolerates a byte order mark, skips blank lines, ignores spaces
 * around cells, and keeps the line each record starts on (1-based; the header is line 1) for error
 * messages; a malformed file (a quoted cell never closed, text after a closing quote) is an
 * {@link InvalidCsv} naming the line.
 * Writing quotes a cell only when it holds a comma, quote or line break, and ends lines with CRLF.
 */
public final class Csv {

    /**
     * Blank lines are read as records (and dropped by {@link #parse}) so that every record's start line
     * is known; spaces around a cell are ignored, also before and after a quoted one ({@code a, "b, c"}).
     */
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private Csv() {
    }

    /** One record and the line it starts on. */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        /** The cell, or null after recording that it is required (named by the header's column). */
        public String required(int index, List<String> header, List<CsvProblem> problems) {
            String value = cell(index);
            if (value.isEmpty()) {
                problems.add(CsvProblem.at(line, header, header.get(index), "required"));
                return null;
            }
            return value;
        }
    }

    /** The records of {@code text}, blank lines left out; {@link InvalidCsv} when it is not well-formed CSV. */
    public static List<Row> parse(String text) {
        return records(text).stream().filter(row -> !(row.cells().size() == 1 && row.cells().get(0).isBlank())).toList();
    }

    /**
     * Every record of {@code text}, a blank line as a row of one empty cell (for formats in which blank
     * lines mean something, such as Drools decision tables); {@link InvalidCsv} when it is not well-formed.
     */
    public static List<Row> records(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, READ)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // every line break before a record has been read: the record starts on the next line
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new InvalidCsv(List.of(new CsvProblem(line, null, malformed(e))));
                }
                rows.add(new Row(line, List.copyOf(record.toList())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** {@code header} and {@code rows} as CSV text; null cells are written empty. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, WRITE)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /**
     * A whole number written in ASCII digits (an optional '-' and at most nine digits), or null.
     * {@link Integer#parseInt} alone would also read other scripts' digits ({@code ١}, {@code ３}).
     */
    public static Integer wholeNumber(String cell) {
        return WHOLE_NUMBER.matcher(cell).matches() ? Integer.valueOf(cell) : null;
    }

    /**
     * A cell's value for a message: quoted, at most 40 characters, control characters and unpaired
     * surrogates shown as code points, so that no message carries the whole of a hostile cell.
     */
    public static String shown(String value) {
        StringBuilder shown = new StringBuilder("'");
        int i = 0;
        for (; i < Math.min(value.length(), 40); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                shown.append(c).append(value.charAt(++i));
            } else if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c)) {
                shown.append(String.format("U+%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.append(i < value.length() ? "…' (" + value.length() + " characters)" : "'").toString();
    }

    private static String malformed(UncheckedIOException e) {
        String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return "malformed CSV: a quoted cell opened in this record is never closed; expected a closing"
                    + " double quote (write a quote inside a quoted cell as \"\")";
        }
        if (reason.contains("Invalid character between encapsulated token and delimiter")) {
            return "malformed CSV: text follows a closing double quote; expected a comma or the end of the line"
                    + " after it (write a quote inside a quoted cell as \"\")";
        }
        return "malformed CSV: " + reason;
    }
}
