package dev.ladder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import dev.ladder.catalogue.Catalogue;
import dev.ladder.catalogue.CatalogueSnapshot;
import dev.ladder.catalogue.LearningResource;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Frameworks;
import dev.ladder.organisation.Organisation;

/**
 * The L&D reports, each one pass over the {@link ReportIndex}. Counts are of people (one current
 * review each: the period asked for, or their latest); no report names anyone. A filter naming a
 * framework, department or level that does not exist is refused with {@link InvalidFilter}.
 */
@Component
public class Reports {

    private static final List<String> PRIORITIES = List.of("high", "medium", "low");
    private static final List<String> STATUSES = List.of("READY", "DEVELOPING", "NOT_READY", "TOP_LEVEL");

    private final ReportIndex index;
    private final Frameworks frameworks;
    private final Catalogue catalogue;
    private final FilterCheck check;

    public Reports(ReportIndex index, Frameworks frameworks, Catalogue catalogue, Organisation organisation) {
        this.index = index;
        this.frameworks = frameworks;
        this.catalogue = catalogue;
        this.check = new FilterCheck(frameworks, organisation, index);
    }

    /** Per competency, and per theme, how many people have a high, medium or low need. */
    public TrainingNeeds trainingNeeds(ReportFilter filter) {
        check.check(filter);
        Map<String, int[]> byCompetency = new TreeMap<>();
        Map<String, int[]> byTheme = new TreeMap<>();
        CatalogueSnapshot snapshot = catalogue.snapshot();
        for (ReviewSummary review : index.select(filter)) {
            Map<String, Integer> themePriority = new HashMap<>();
            for (ReviewSummary.Need need : review.needs()) {
                int p = PRIORITIES.indexOf(need.priority());
                byCompetency.computeIfAbsent(review.framework() + "\t" + need.competency(), k -> new int[3])[p]++;
                for (String theme : snapshot.themesOf(review.framework(), need.competency())) {
                    themePriority.merge(theme, p, Math::min);
                }
            }
            themePriority.forEach((theme, p) -> byTheme.computeIfAbsent(theme, k -> new int[3])[p]++);
        }
        List<CompetencyNeeds> competencies = new ArrayList<>();
        byCompetency.forEach((key, counts) -> {
            String[] parts = key.split("\t");
            competencies.add(new CompetencyNeeds(parts[0], parts[1], title(parts[0], parts[1]),
                    counts[0], counts[1], counts[2]));
        });
        competencies.sort(Comparator.comparingInt((CompetencyNeeds c) -> -(c.high() + c.medium() + c.low()))
                .thenComparing(CompetencyNeeds::framework).thenComparing(CompetencyNeeds::competency));
        List<ThemeNeeds> themes = new ArrayList<>();
        byTheme.forEach((theme, counts) -> themes.add(new ThemeNeeds(theme,
                snapshot.themes().containsKey(theme) ? snapshot.themes().get(theme).title() : theme,
                counts[0], counts[1], counts[2])));
        return new TrainingNeeds(competencies, themes);
    }

    /** Per learning resource, how many people it is recommended to: for planning cohorts. */
    public List<ResourceDemand> resources(ReportFilter filter) {
        check.check(filter);
        Map<String, Integer> counts = new HashMap<>();
        index.select(filter).forEach(review -> review.resources().forEach(id -> counts.merge(id, 1, Integer::sum)));
        Map<String, LearningResource> byId = new HashMap<>();
        catalogue.snapshot().resources().forEach(r -> byId.put(r.id(), r));
        return counts.entrySet().stream().map(e -> {
            LearningResource r = byId.get(e.getKey());
            return new ResourceDemand(e.getKey(), r == null ? null : r.title(), r == null ? null : r.type(),
                    r == null ? null : r.effort(), e.getValue());
        }).sorted(Comparator.comparingInt((ResourceDemand d) -> -d.employees()).thenComparing(ResourceDemand::id)).toList();
    }

    /** Per framework and level, how many people are READY, DEVELOPING, NOT_READY or at the TOP_LEVEL. */
    public List<ReadinessCount> readiness(ReportFilter filter) {
        check.check(filter);
        Map<String, int[]> counts = new TreeMap<>();
        index.select(filter).forEach(review -> counts.computeIfAbsent(review.framework() + "\t"
                + String.format("%03d", review.level()), k -> new int[4])[STATUSES.indexOf(review.readiness())]++);
        List<ReadinessCount> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\t");
            rows.add(new ReadinessCount(parts[0], Integer.parseInt(parts[1]), c[0], c[1], c[2], c[3]));
        });
        return rows;
    }

    /** Red flags per competency and behaviour, by severity; no names. */
    public List<RedFlagCount> redFlags(ReportFilter filter) {
        check.check(filter);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, ReviewSummary.Flag> flags = new HashMap<>();
        for (ReviewSummary review : index.select(filter)) {
            for (ReviewSummary.Flag flag : review.redFlags()) {
                String key = review.framework() + "\t" + flag.indicator();
                flags.putIfAbsent(key, flag);
                counts.computeIfAbsent(key, k -> new int[2])["serious".equals(flag.severity()) ? 1 : 0]++;
            }
        }
        List<RedFlagCount> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String framework = key.substring(0, key.indexOf('\t'));
            ReviewSummary.Flag flag = flags.get(key);
            rows.add(new RedFlagCount(framework, flag.competency(), flag.indicator(), flag.text(), c[0], c[1]));
        });
        rows.sort(Comparator.comparingInt((RedFlagCount r) -> -(r.concern() + r.serious()))
                .thenComparing(RedFlagCount::framework).thenComparing(RedFlagCount::indicator));
        return rows;
    }

    private String title(String framework, String competency) {
        return frameworks.find(framework).flatMap(f -> f.competency(competency)).map(Competency::title).orElse(null);
    }

    public record TrainingNeeds(List<CompetencyNeeds> competencies, List<ThemeNeeds> themes) {
    }

    public record CompetencyNeeds(String framework, String competency, String title, int high, int medium, int low) {
    }

    public record ThemeNeeds(String theme, String title, int high, int medium, int low) {
    }

    public record ResourceDemand(String id, String title, String type, String effort, int employees) {
    }

    public record ReadinessCount(String framework, int level, int ready, int developing, int notReady, int topLevel) {
    }

    public record RedFlagCount(String framework, String competency, String indicator, String text, int concern,
                               int serious) {
    }

}
