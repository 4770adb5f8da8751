package dev.ladder.web;

import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.report.ReportFilter;
import dev.ladder.report.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Organisation-wide reports for L&D, as JSON or, with {@code ?format=csv}, as CSV. All are
 * filterable by framework, department, level and period, and none names a person.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Organisation-wide counts for learning and development; no report names anyone")
@ApiResponse(responseCode = "400", description = "A filter names a framework or department that does not exist,"
        + " or `level` is not a whole number; `detail` names the value and what exists")
@ApiResponse(responseCode = "403", description = "Only LND and ADMIN may read reports")
@ApiResponse(responseCode = "406", description = "`format` is neither json nor csv")
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    /** JSON: {competencies:[…], themes:[…]}; CSV: one row per competency and per theme, with a "kind" column. */
    @Operation(operationId = "trainingNeedsReport", summary = "Per competency and theme: how many people have high,"
            + " medium and low needs")
    @ApiResponse(responseCode = "200", description = "JSON, or CSV with one row per competency and per theme", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Reports.TrainingNeeds.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/training-needs")
    ResponseEntity<?> trainingNeeds(ReportParams params) {
        Reports.TrainingNeeds needs = reports.trainingNeeds(params.filter());
        if (!"csv".equalsIgnoreCase(params.format())) {
            return ResponseEntity.ok(needs);
        }
        return ReportCsv.trainingNeeds(needs);
    }

    @Operation(operationId = "resourcesReport", summary = "Per learning resource: how many people it is recommended to")
    @ApiResponse(responseCode = "200", description = "JSON, or CSV with the same columns", content = {
            @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = Reports.ResourceDemand.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/resources")
    ResponseEntity<?> resources(ReportParams params) {
        return CsvResponse.of(params.format(), reports.resources(params.filter()), Reports.ResourceDemand.class, "resources");
    }

    @Operation(operationId = "readinessReport", summary = "Per framework and level: how many people are ready, developing,"
            + " not ready or at the top")
    @ApiResponse(responseCode = "200", description = "JSON, or CSV with the same columns", content = {
            @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = Reports.ReadinessCount.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/readiness")
    ResponseEntity<?> readiness(ReportParams params) {
        return CsvResponse.of(params.format(), reports.readiness(params.filter()), Reports.ReadinessCount.class, "readiness");
    }

    @Operation(operationId = "redFlagsReport", summary = "Per competency and behaviour: how many concern and serious red flags")
    @ApiResponse(responseCode = "200", description = "JSON, or CSV with the same columns", content = {
            @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = Reports.RedFlagCount.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/red-flags")
    ResponseEntity<?> redFlags(ReportParams params) {
        return CsvResponse.of(params.format(), reports.redFlags(params.filter()), Reports.RedFlagCount.class, "red-flags");
    }

    /** Query parameters shared by every report, each optional. */
    @ParameterObject
    record ReportParams(
            @Parameter(description = "Only people under this framework id") String framework,
            @Parameter(description = "Only people of this department") String department,
            @Parameter(description = "Only people at this level") Integer level,
            @Parameter(description = "The review period counted; without it, each person's latest") String period,
            @Parameter(description = "json (the default) or csv",
                    schema = @Schema(allowableValues = {"json", "csv"}, defaultValue = "json")) String format) {

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
