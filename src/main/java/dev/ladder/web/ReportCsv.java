package dev.ladder.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;

import dev.ladder.report.Reports;

/**
 * The reports' CSV downloads exactly as {@code GET /api/reports/...?format=csv} answers them (same
 * columns, rows and file names, through {@link CsvResponse}), for the L&D dashboard's page endpoints,
 * which a signed-in browser session may call while the API takes only HTTP Basic and bearer tokens.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** One row per competency and per theme, with a {@code kind} column, as the API's training-needs CSV. */
    public static ResponseEntity<?> trainingNeeds(Reports.TrainingNeeds needs) {
        List<ReportController.NeedRow> rows = new ArrayList<>();
        needs.competencies().forEach(c -> rows.add(new ReportController.NeedRow("competency", c.framework(),
                c.competency(), c.title(), c.high(), c.medium(), c.low())));
        needs.themes().forEach(t -> rows.add(new ReportController.NeedRow("theme", null, t.theme(), t.title(),
                t.high(), t.medium(), t.low())));
        return CsvResponse.of("csv", rows, ReportController.NeedRow.class, "training-needs");
    }

    public static ResponseEntity<?> resources(List<Reports.ResourceDemand> rows) {
        return CsvResponse.of("csv", rows, Reports.ResourceDemand.class, "resources");
    }

    public static ResponseEntity<?> readiness(List<Reports.ReadinessCount> rows) {
        return CsvResponse.of("csv", rows, Reports.ReadinessCount.class, "readiness");
    }

    public static ResponseEntity<?> redFlags(List<Reports.RedFlagCount> rows) {
        return CsvResponse.of("csv", rows, Reports.RedFlagCount.class, "red-flags");
    }
}
