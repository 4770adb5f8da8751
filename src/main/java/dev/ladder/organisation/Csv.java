package dev.ladder.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, double quotes around fields that hold commas, quotes or
 * line breaks, "" for a quote inside. Keeps the line number each record starts on, for error messages.
 */
public final class Csv {

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
                problems.add(new CsvProblem(line, header.get(index), "required"));
                return null;
            }
            return value;
        }
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(start, List.copyOf(cells)));
                }
                cells.clear();
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                rows.add(new Row(start, List.copyOf(cells)));
            }
        }
        return rows;
    }

    /** A field as CSV writes it: quoted when it holds a comma, quote or line break. */
    public static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
