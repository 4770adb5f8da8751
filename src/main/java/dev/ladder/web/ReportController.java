package dev.ladder.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.report.ReportFilter;
import dev.ladder.report.Reports;

/**
 * Organisation-wide reports for L&D, as JSON or, with {@code ?format=csv}, as CSV. All are
 * filterable by framework, department, level and period, and none names a person.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    /** JSON: {competencies:[…], themes:[…]}; CSV: one row per competency and per theme, with a "kind" column. */
    @GetMapping("/training-needs")
    ResponseEntity<?> trainingNeeds(ReportParams params) {
        Reports.TrainingNeeds needs = reports.trainingNeeds(params.filter());
        if (!"csv".equalsIgnoreCase(params.format())) {
            return ResponseEntity.ok(needs);
        }
        List<NeedRow> rows = new ArrayList<>();
        needs.competencies().forEach(c -> rows.add(new NeedRow("competency", c.framework(), c.competency(), c.title(),
                c.high(), c.medium(), c.low())));
        needs.themes().forEach(t -> rows.add(new NeedRow("theme", null, t.theme(), t.title(), t.high(), t.medium(), t.low())));
        return CsvResponse.of("csv", rows, NeedRow.class, "training-needs");
    }

    @GetMapping("/resources")
    ResponseEntity<?> resources(ReportParams params) {
        return CsvResponse.of(params.format(), reports.resources(params.filter()), Reports.ResourceDemand.class, "resources");
    }

    @GetMapping("/readiness")
    ResponseEntity<?> readiness(ReportParams params) {
        return CsvResponse.of(params.format(), reports.readiness(params.filter()), Reports.ReadinessCount.class, "readiness");
    }

    @GetMapping("/red-flags")
    ResponseEntity<?> redFlags(ReportParams params) {
        return CsvResponse.of(params.format(), reports.redFlags(params.filter()), Reports.RedFlagCount.class, "red-flags");
    }

    /** Query parameters shared by every report. */
    record ReportParams(String framework, String department, Integer level, String period, String format) {

        /** {@code json} (the default) or {@code csv}; anything else is refused with 406. */
        @Override
        public String format() {
            if (format == null || "json".equalsIgnoreCase(format) || "csv".equalsIgnoreCase(format)) {
                return format;
            }
            throw new NotAcceptable("format must be json or csv; got '" + format + "'");
        }

        ReportFilter filter() {
            return new ReportFilter(framework, department, level, period);
        }
    }

    record NeedRow(String kind, String framework, String id, String title, int high, int medium, int low) {
    }
}
