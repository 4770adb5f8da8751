package dev.ladder.assessment.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A decision-table file as the analyst sees it in a spreadsheet: sheets of rows of cells, numbered
 * from 1 (a CSV file is one sheet without a name; a CSV record is one row, even when a quoted cell
 * holds a line break). Also finds the {@code RuleTable} blocks in it.
 */
record TableFile(String file, List<Grid> sheets) {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false).get();

    static boolean isTable(String file) {
        return file.endsWith(".drl.csv") || file.endsWith(".drl.xlsx");
    }

    static TableFile read(String file, byte[] bytes) throws IOException {
        if (file.endsWith(".csv")) {
            List<List<String>> rows = new ArrayList<>();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
                for (CSVRecord record : parser) {
                    rows.add(record.toList());
                }
            }
            return new TableFile(file, List.of(new Grid(null, rows)));
        }
        List<Grid> sheets = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                        }
                    }
                    rows.add(cells);
                }
                sheets.add(new Grid(sheet.getSheetName(), rows));
            }
        }
        return new TableFile(file, sheets);
    }

    /** Every {@code RuleTable} block of every sheet. */
    List<RuleTable> tables() {
        List<RuleTable> tables = new ArrayList<>();
        for (Grid sheet : sheets) {
            for (int r = 1; r <= sheet.rows().size(); r++) {
                for (int c = 1; c <= sheet.width(r); c++) {
                    if (sheet.cell(r, c).strip().startsWith("RuleTable")) {
                        tables.add(RuleTable.read(this, sheet, r, c));
                    }
                }
            }
        }
        return tables;
    }

    /** One sheet: rows of cells, both numbered from 1. */
    record Grid(String name, List<List<String>> rows) {

        String cell(int row, int column) {
            if (row < 1 || row > rows.size()) {
                return "";
            }
            List<String> cells = rows.get(row - 1);
            return column < 1 || column > cells.size() || cells.get(column - 1) == null ? "" : cells.get(column - 1);
        }

        int width(int row) {
            return row < 1 || row > rows.size() ? 0 : rows.get(row - 1).size();
        }

        boolean blank(int row) {
            for (int c = 1; c <= width(row); c++) {
                if (!cell(row, c).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code B12}: a cell's name as a spreadsheet shows it. */
    static String cellName(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }
}
