package dev.ladder.assessment.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** For tests: a decision table as an Excel workbook, one sheet holding the rows of a CSV table cell for cell. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A workbook whose one sheet {@code sheetName} holds {@code csvRows} (the lines of a .drl.csv). */
    public static byte[] of(String sheetName, List<String> csvRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            TableFile csv = TableFile.read("t.drl.csv", String.join("\n", csvRows).getBytes(StandardCharsets.UTF_8));
            List<List<String>> rows = csv.sheets().get(0).rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
