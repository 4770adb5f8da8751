package dev.ladder.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dev.ladder.organisation.Csv;

/** Report rows (records) as JSON, or as CSV with a header of the record's field names. */
final class CsvResponse {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private CsvResponse() {
    }

    static ResponseEntity<?> of(String format, List<? extends Record> rows, Class<? extends Record> type, String name) {
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(rows);
        }
        RecordComponent[] columns = type.getRecordComponents();
        String csv = Csv.write(Arrays.stream(columns).map(RecordComponent::getName).toList(),
                rows.stream().map(row -> Arrays.stream(columns).map(c -> value(c, row)).toList()).toList());
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(csv);
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
