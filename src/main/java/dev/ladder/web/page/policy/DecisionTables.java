package dev.ladder.web.page.policy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rule tables of a decision-table CSV ({@code *.drl.csv}) as the analyst sees them: per
 * {@code RuleTable}, its columns (keyword, the code they fill in, the analyst's heading) and its rows
 * of values; and the way back, {@link #withRows}: the file's text with one table's rows replaced, every
 * other line (the {@code RuleSet}, {@code Import}, {@code Notes} and each table's header rows) kept
 * exactly as it was, character for character.
 */
final class DecisionTables {

    /** First cells that start a part of the file which is not a table's row of values. */
    private static final Set<String> KEYWORDS = Set.of("ruleset", "import", "notes", "variables", "functions",
            "queries", "declare", "sequential", "unit", "dialect");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private DecisionTables() {
    }

    /**
     * One rule table.
     *
     * @param index   its position in the file (0 first)
     * @param name    what follows {@code RuleTable}
     * @param columns its columns, in order
     * @param rows    its rows of values, each as wide as {@code columns}
     * @param line    the file's line of its first row of values (or where it would be), 1 first
     * @param start   character offset where its rows of values start in the file
     * @param end     character offset where they end (blank lines after them excluded)
     */
    record Table(int index, String name, List<Column> columns, List<List<String>> rows, int line, int start,
                 int end) {
    }

    /**
     * A column: the keyword (CONDITION, ACTION, NAME…), the object it tests, the code the cell's value
     * is put into ({@code $param}), and the heading the analyst reads.
     */
    record Column(String keyword, String object, String code, String heading) {
    }

    /** The tables of {@code text}; none when it has no {@code RuleTable}. */
    static List<Table> read(String text) {
        List<CSVRecord> records = records(text);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String first = records.get(i).get(0).strip();
            if (!first.regionMatches(true, 0, "RuleTable", 0, 9)) {
                continue;
            }
            String name = first.substring(9).strip();
            CSVRecord keywords = at(records, i + 1);
            CSVRecord objects = at(records, i + 2);
            CSVRecord code = at(records, i + 3);
            CSVRecord headings = at(records, i + 4);
            int width = keywords == null ? 0 : width(keywords);
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                columns.add(new Column(cell(keywords, c), cell(objects, c), cell(code, c), cell(headings, c)));
            }
            int firstRow = i + 5;
            int j = firstRow;
            List<List<String>> rows = new ArrayList<>();
            while (j < records.size() && !startsPart(records.get(j))) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(cell(records.get(j), c));
                }
                rows.add(row);
                j++;
            }
            int start;
            int line;
            if (firstRow < records.size() && firstRow < j) {
                start = (int) records.get(firstRow).getCharacterPosition();
                line = lineAt(text, start);
            } else {
                // no rows: they would go right after the headings' line
                start = headings == null ? text.length() : endOfLine(text, (int) headings.getCharacterPosition());
                line = lineAt(text, start) + (start == text.length() && !text.endsWith("\n") ? 1 : 0);
            }
            int end = j < records.size() ? (int) records.get(j).getCharacterPosition() : text.length();
            end = Math.max(start, trimBlankLines(text, start, end));
            tables.add(new Table(tables.size(), name, List.copyOf(columns), List.copyOf(rows), line, start, end));
            i = j - 1;
        }
        return List.copyOf(tables);
    }

    /**
     * {@code text} with the rows of values of its table {@code index} replaced by {@code rows}
     * (CSV-quoted where a cell needs it); every other character stays as it was. Rows whose cells are
     * all blank are left out.
     */
    static String withRows(String text, int index, List<List<String>> rows) {
        Table table = read(text).get(index);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
                printer.printRecord(row.stream().map(cell -> cell == null ? "" : cell.strip()).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.add(line.toString());
        }
        String body = String.join(newline, lines);
        if (table.rows().isEmpty() && !lines.isEmpty()) {
            // no rows before: insert whole lines where they would have been
            body = table.start() == text.length()
                    ? (text.isEmpty() || text.endsWith("\n") ? "" : newline) + body + newline
                    : body + newline;
        }
        return text.substring(0, table.start()) + body + text.substring(table.end());
    }

    private static List<CSVRecord> records(String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static boolean startsPart(CSVRecord record) {
        String first = record.get(0).strip().toLowerCase(Locale.ROOT);
        return first.startsWith("ruletable") || KEYWORDS.contains(first);
    }

    private static CSVRecord at(List<CSVRecord> records, int i) {
        return i < records.size() ? records.get(i) : null;
    }

    private static int width(CSVRecord record) {
        int width = record.size();
        while (width > 0 && record.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    private static String cell(CSVRecord record, int c) {
        return record == null || c >= record.size() ? "" : record.get(c);
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** {@code end} moved back over the blank lines before it, but not over the last row's own line break. */
    private static int trimBlankLines(String text, int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }
}
