package dev.ladder.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.report.InvalidFilter;
import dev.ladder.report.ReportFilter;
import dev.ladder.report.Reports;
import dev.ladder.web.ReportCsv;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The L&D dashboard at {@code /dashboard}: organisation-wide training needs, resource demand, readiness
 * pipeline and red-flag hot spots, filtered by council, department, level and period with the report
 * API's own checks, and each section's CSV at {@code /dashboard/*.csv} (the API's CSV, served to the
 * signed-in page session, which the API's HTTP Basic / bearer chain does not accept). No figure names anyone.
 * A page, not part of the API description ({@code @Hidden}): the API's reports are {@code /api/reports/*}.
 */
@Controller
@Hidden
@PreAuthorize("hasAnyRole('LND','ADMIN')")
class DashboardController {

    private final Reports reports;
    private final DashboardViews views;

    DashboardController(Reports reports, DashboardViews views) {
        this.reports = reports;
        this.views = views;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String framework, @RequestParam(required = false) String department,
                     @RequestParam(required = false) String level, @RequestParam(required = false) String period,
                     Model model, HttpServletResponse response) {
        DashboardView view = views.of(framework, department, level, period);
        if (view.error() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("view", view);
        return "dashboard";
    }

    @GetMapping("/dashboard/training-needs.csv")
    ResponseEntity<?> trainingNeeds(@RequestParam(required = false) String framework,
                                    @RequestParam(required = false) String department,
                                    @RequestParam(required = false) String level,
                                    @RequestParam(required = false) String period) {
        return ReportCsv.trainingNeeds(reports.trainingNeeds(DashboardViews.filter(framework, department, level, period)));
    }

    @GetMapping("/dashboard/resources.csv")
    ResponseEntity<?> resources(@RequestParam(required = false) String framework,
                                @RequestParam(required = false) String department,
                                @RequestParam(required = false) String level,
                                @RequestParam(required = false) String period) {
        return ReportCsv.resources(reports.resources(DashboardViews.filter(framework, department, level, period)));
    }

    @GetMapping("/dashboard/readiness.csv")
    ResponseEntity<?> readiness(@RequestParam(required = false) String framework,
                                @RequestParam(required = false) String department,
                                @RequestParam(required = false) String level,
                                @RequestParam(required = false) String period) {
        return ReportCsv.readiness(reports.readiness(DashboardViews.filter(framework, department, level, period)));
    }

    @GetMapping("/dashboard/red-flags.csv")
    ResponseEntity<?> redFlags(@RequestParam(required = false) String framework,
                               @RequestParam(required = false) String department,
                               @RequestParam(required = false) String level,
                               @RequestParam(required = false) String period) {
        return ReportCsv.redFlags(reports.redFlags(DashboardViews.filter(framework, department, level, period)));
    }

    /** A download asked for with a filter that names nothing: the API's message, as plain text. */
    @ExceptionHandler({InvalidFilter.class, DashboardViews.BadLevel.class})
    ResponseEntity<String> refusedDownload(RuntimeException e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
