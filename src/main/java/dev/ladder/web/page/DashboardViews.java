package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Level;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.report.InvalidFilter;
import dev.ladder.report.ReportFilter;
import dev.ladder.report.ReportIndex;
import dev.ladder.report.Reports;

/**
 * Builds the dashboard's view model from the same {@link Reports} as the report API, in the councils'
 * words: competency, theme, level and behaviour titles, council names, never ids and never people.
 */
@Component
class DashboardViews {

    /** How many rows a chart's accessible summary reads out before pointing at the table. */
    private static final int SUMMARY_ROWS = 5;

    private final Reports reports;
    private final Frameworks frameworks;
    private final Organisation organisation;
    private final ReportIndex periods;

    DashboardViews(Reports reports, Frameworks frameworks, Organisation organisation, ReportIndex periods) {
        this.reports = reports;
        this.frameworks = frameworks;
        this.organisation = organisation;
        this.periods = periods;
    }

    /** A level that is not a whole number, refused with the report API's words. */
    static final class BadLevel extends RuntimeException {
        BadLevel(String value) {
            super("Query parameter 'level' was '" + value + "'; expected an integer");
        }
    }

    /** The report filter of the page's query parameters: blank ("all") is no filter. */
    static ReportFilter filter(String framework, String department, String level, String period) {
        return new ReportFilter(blankToNull(framework), blankToNull(department), level(level), blankToNull(period));
    }

    DashboardView of(String framework, String department, String level, String period) {
        framework = blankToNull(framework);
        department = blankToNull(department);
        level = blankToNull(level);
        period = blankToNull(period);
        DashboardFilters filters = filters(framework, department, level, period);
        try {
            ReportFilter filter = filter(framework, department, level, period);
            return new DashboardView(filters, null, sections(filter));
        } catch (BadLevel e) {
            return new DashboardView(filters, new DashboardError("level", e.getMessage()), null);
        } catch (InvalidFilter e) {
            return new DashboardView(filters, new DashboardError(e.parameter(), e.getMessage()), null);
        }
    }

    private DashboardSections sections(ReportFilter filter) {
        Reports.TrainingNeeds needs = reports.trainingNeeds(filter);
        List<DashboardNeedRow> competencies = needs.competencies().stream()
                .map(c -> new DashboardNeedRow(c.title() != null ? c.title() : c.competency(), council(c.framework()),
                        c.high(), c.medium(), c.low()))
                .toList();
        List<DashboardNeedRow> themes = needs.themes().stream()
                .map(t -> new DashboardNeedRow(t.title(), null, t.high(), t.medium(), t.low()))
                .sorted(Comparator.comparingInt((DashboardNeedRow r) -> -r.total()).thenComparing(DashboardNeedRow::name))
                .toList();
        List<DashboardResourceRow> resources = reports.resources(filter).stream()
                .map(r -> new DashboardResourceRow(r.title() != null ? r.title() : r.id(), r.type(), r.effort(),
                        r.employees()))
                .toList();
        List<DashboardReadinessRow> readiness = reports.readiness(filter).stream()
                .map(r -> new DashboardReadinessRow(council(r.framework()), levelLabel(r.framework(), r.level()),
                        r.ready(), r.developing(), r.notReady(), r.topLevel()))
                .toList();
        List<DashboardRedFlagRow> redFlags = reports.redFlags(filter).stream()
                .map(r -> new DashboardRedFlagRow(council(r.framework()), competencyTitle(r.framework(), r.competency()),
                        r.text() != null ? r.text() : r.indicator(), r.concern(), r.serious()))
                .toList();
        return new DashboardSections(readiness.stream().mapToInt(DashboardReadinessRow::total).sum(),
                new DashboardChartTable<>(competencies, needsSummary("competency", competencies)),
                new DashboardChartTable<>(themes, needsSummary("theme", themes)),
                resources,
                new DashboardChartTable<>(readiness, readinessSummary(readiness)),
                redFlags,
                new DashboardDownloads(csv("training-needs", filter), csv("resources", filter),
                        csv("readiness", filter), csv("red-flags", filter)));
    }

    private DashboardFilters filters(String framework, String department, String level, String period) {
        List<DashboardOption> councils = new ArrayList<>();
        councils.add(new DashboardOption("", "All councils", framework == null));
        frameworks.all().stream().sorted(Comparator.comparing(Framework::council))
                .forEach(f -> councils.add(new DashboardOption(f.id(), f.council(), f.id().equals(framework))));
        keepUnknown(councils, framework);

        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Function.identity()));
        organisation.all().stream().map(Employee::department).filter(d -> d != null && !d.isBlank()).forEach(names::add);
        List<DashboardOption> departments = new ArrayList<>();
        departments.add(new DashboardOption("", "All departments", department == null));
        names.forEach(d -> departments.add(new DashboardOption(d, d, d.equals(department))));
        keepUnknown(departments, department);

        Optional<Framework> chosen = framework == null ? Optional.empty() : frameworks.find(framework);
        TreeSet<Integer> ranks = new TreeSet<>();
        (chosen.isPresent() ? List.of(chosen.get()) : frameworks.all())
                .forEach(f -> f.levels().forEach(l -> ranks.add(l.rank())));
        List<DashboardOption> levels = new ArrayList<>();
        levels.add(new DashboardOption("", "All levels", level == null));
        ranks.forEach(r -> levels.add(new DashboardOption(String.valueOf(r), "Level " + r, String.valueOf(r).equals(level))));
        keepUnknown(levels, level);

        List<DashboardOption> periodOptions = new ArrayList<>();
        periodOptions.add(new DashboardOption("", "Each person's latest", period == null));
        periods.periodsNewestFirst().forEach(p -> periodOptions.add(new DashboardOption(p, p, p.equals(period))));
        keepUnknown(periodOptions, period);

        return new DashboardFilters(councils, departments, levels, periodOptions,
                counting(chosen.map(Framework::council).orElse(framework), department, level, period));
    }

    /** A value asked for that is not among the options stays shown (selected), as typed. */
    private static void keepUnknown(List<DashboardOption> options, String value) {
        if (value != null && options.stream().noneMatch(DashboardOption::selected)) {
            options.add(new DashboardOption(value, value, true));
        }
    }

    private static String counting(String council, String department, String level, String period) {
        List<String> parts = new ArrayList<>();
        parts.add(council == null ? "all councils" : council);
        parts.add(department == null ? "all departments" : department);
        parts.add(level == null ? "all levels" : "level " + level);
        return (period == null ? "Each person's latest review" : "Reviews of " + period) + ": "
                + String.join(", ", parts) + ".";
    }

    private static String needsSummary(String kind, List<DashboardNeedRow> rows) {
        if (rows.isEmpty()) {
            return "No training needs by " + kind + ".";
        }
        String shown = rows.stream().limit(SUMMARY_ROWS)
                .map(r -> r.name() + (r.council() == null ? "" : " (" + r.council() + ")") + ": " + r.total()
                        + " people, " + r.high() + " high, " + r.medium() + " medium, " + r.low() + " low")
                .collect(Collectors.joining("; "));
        return "Bar chart of people with training needs by " + kind + " and priority. " + shown
                + (rows.size() > SUMMARY_ROWS ? "; and " + (rows.size() - SUMMARY_ROWS) + " more" : "")
                + ". The table gives every number.";
    }

    private static String readinessSummary(List<DashboardReadinessRow> rows) {
        if (rows.isEmpty()) {
            return "No readiness to show.";
        }
        return "Stacked bar chart of readiness for the next level, per level. " + rows.stream()
                .map(r -> r.council() + " " + r.level() + ": " + r.ready() + " ready, " + r.developing()
                        + " developing, " + r.notReady() + " not ready, " + r.topLevel() + " at the top level")
                .collect(Collectors.joining("; ")) + ".";
    }

    private String council(String framework) {
        return frameworks.find(framework).map(Framework::council).orElse(framework);
    }

    private String levelLabel(String framework, int rank) {
        return frameworks.find(framework).flatMap(f -> f.level(rank)).map(Level::label)
                .filter(l -> !l.isBlank()).orElse("Level " + rank);
    }

    private String competencyTitle(String framework, String competency) {
        return frameworks.find(framework).flatMap(f -> f.competency(competency)).map(Competency::title)
                .orElse(competency);
    }

    private static String csv(String report, ReportFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard/" + report + ".csv");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("framework", filter.framework());
        params.put("department", filter.department());
        params.put("level", filter.level());
        params.put("period", filter.period());
        params.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    private static Integer level(String level) {
        String value = blankToNull(level);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadLevel(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
