package dev.ladder.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an Excel workbook (.xlsx) from anything else before it goes into a draft: an .xlsx file is a
 * zip archive holding {@code xl/workbook.xml}. A file renamed to .xlsx, a CSV, or an old binary .xls
 * is refused with what it is instead; whether the workbook's tables compile is the check's business.
 */
final class Workbooks {

    private static final int MAX_ENTRIES = 10_000;

    private Workbooks() {
    }

    /** Why {@code bytes} is not an .xlsx workbook, or null when it is one. */
    static String problem(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "the file is empty";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            return "it is an old-style Excel 97–2003 workbook (.xls)";
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return "it is not a zip archive, as every .xlsx file is (a CSV or text file renamed?)";
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    return null;
                }
            }
            return "the archive holds no xl/workbook.xml (another kind of zip file?)";
        } catch (IOException | IllegalArgumentException e) {
            return "the archive cannot be read (" + e.getMessage() + ")";
        }
    }
}
