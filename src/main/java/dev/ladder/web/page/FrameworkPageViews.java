package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.ladder.catalogue.Catalogue;
import dev.ladder.catalogue.CatalogueSnapshot;
import dev.ladder.catalogue.Theme;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.Polarity;

/**
 * Builds the frameworks' pages' view models from the frameworks being served, the learning catalogue's
 * themes and the ontology's notes. Every text is the council's own, as loaded; nothing is reworded.
 */
@Component
class FrameworkPageViews {

    /** What the sources call their indicators (the vocabulary's labels), as list headings. */
    private static final Map<String, String> KIND_HEADINGS = Map.of(
            "effective-behaviour", "Effective behaviours",
            "ineffective-behaviour", "Ineffective behaviours",
            "positive-sign", "Positive signs",
            "negative-sign", "Negative signs",
            "range-statement", "General range statement",
            "performance-criterion", "Performance criteria");
    private static final Map<String, String> KIND_NAMES = Map.of(
            "effective-behaviour", "effective behaviour",
            "ineffective-behaviour", "ineffective behaviour",
            "positive-sign", "positive sign",
            "negative-sign", "negative sign",
            "range-statement", "range statement",
            "performance-criterion", "performance criterion");

    private final Frameworks frameworks;
    private final Catalogue catalogue;
    private final FrameworkPageNotes notes;

    FrameworkPageViews(Frameworks frameworks, Catalogue catalogue, FrameworkPageNotes notes) {
        this.frameworks = frameworks;
        this.catalogue = catalogue;
        this.notes = notes;
    }

    Optional<Framework> find(String id) {
        return frameworks.find(id);
    }

    String knownFrameworks() {
        return frameworks.all().stream().map(Framework::id).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- /frameworks

    FrameworkPageList list() {
        List<Framework> all = List.copyOf(frameworks.all());
        List<FrameworkPageList.Entry> entries = all.stream().map(f -> new FrameworkPageList.Entry(f.id(), f.title(),
                f.council(), f.levels().size(), f.competencies().size(),
                f.competencies().stream().mapToInt(c -> c.indicators().size()).sum(), href(f))).toList();
        return new FrameworkPageList(entries, all.stream().map(Framework::council).toList(), themes(all));
    }

    /** Themes that at least one served competency develops, by title; per framework the competencies, in order. */
    private List<FrameworkPageList.ThemeRow> themes(List<Framework> all) {
        CatalogueSnapshot snapshot = catalogue.snapshot();
        List<FrameworkPageList.ThemeRow> rows = new ArrayList<>();
        snapshot.themes().values().stream().sorted(Comparator.comparing(Theme::title)).forEach(theme -> {
            List<List<FrameworkPageList.Competency>> cells = new ArrayList<>();
            int councils = 0;
            for (Framework f : all) {
                Map<String, Long> titles = f.competencies().stream()
                        .collect(Collectors.groupingBy(Competency::title, Collectors.counting()));
                List<FrameworkPageList.Competency> cell = f.competencies().stream()
                        .filter(c -> snapshot.themesOf(f.id(), c.id()).contains(theme.id()))
                        .map(c -> new FrameworkPageList.Competency(c.title(), href(f) + "#" + anchor(c),
                                titles.get(c.title()) > 1 ? where(f, c) : null)).toList();
                cells.add(cell);
                councils += cell.isEmpty() ? 0 : 1;
            }
            if (councils > 0) {
                rows.add(new FrameworkPageList.ThemeRow(theme.id(), theme.title(), theme.definition(), cells, councils));
            }
        });
        return rows;
    }

    /** Where a competency sits: its section, else the levels it is expected at. */
    private static String where(Framework f, Competency c) {
        if (c.section() != null) {
            return c.section();
        }
        return c.appliesAtLevels().stream().map(rank -> f.level(rank).map(Level::label).orElse(Integer.toString(rank)))
                .collect(Collectors.joining(", "));
    }

    /** A level's name as a link says it: "LEVEL 2" as is, "Staff" as "Staff (level 1)". */
    static String levelName(Level level) {
        return level.label().replaceAll("\\s+", " ").equalsIgnoreCase("level " + level.rank()) ? level.label()
                : level.label() + " (level " + level.rank() + ")";
    }

    // ---------------------------------------------------------------- /frameworks/{id}

    FrameworkPageFramework framework(Framework f) {
        List<FrameworkPageFramework.LevelRow> levels = f.levels().stream().map(level -> {
            Framework at = f.expectedAt(level.rank());
            return new FrameworkPageFramework.LevelRow(level.rank(), level.label(), href(f, level.rank()),
                    posts(level), notes.ofLevel(f.id(), level.rank()), at.competencies().size(),
                    at.competencies().stream().mapToInt(c -> c.indicators().size()).sum());
        }).toList();
        CatalogueSnapshot snapshot = catalogue.snapshot();
        Map<String, Theme> themes = snapshot.themes();
        Map<String, List<FrameworkPageFramework.CompetencyRow>> bySection = new LinkedHashMap<>();
        for (Competency c : f.competencies()) {
            List<FrameworkPageLink> expectedAt = c.appliesAtLevels().stream().map(rank -> f.level(rank)
                    .map(level -> new FrameworkPageLink(level.label(), href(f, rank))).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            bySection.computeIfAbsent(c.section() == null ? "" : c.section(), s -> new ArrayList<>())
                    .add(new FrameworkPageFramework.CompetencyRow(c.id(), anchor(c), c.code(), c.title(), c.cluster(),
                            c.definition(), c.attributes(), expectedAt, count(c, Polarity.POSITIVE),
                            count(c, Polarity.NEGATIVE), snapshot.themesOf(f.id(), c.id()).stream()
                            .map(t -> themes.containsKey(t) ? themes.get(t).title() : t).toList(), c.notes()));
        }
        List<FrameworkPageFramework.Section> sections = new ArrayList<>();
        bySection.forEach((title, rows) -> sections.add(new FrameworkPageFramework.Section(
                title.isEmpty() ? null : title, notes.ofSection(f.id(), title.isEmpty() ? null : title), rows)));
        return new FrameworkPageFramework(f.id(), f.title(), f.council(), notes.ofFramework(f.id()),
                cumulative(f), levels, sections, f.competencies().size());
    }

    private String cumulative(Framework f) {
        Boolean cumulative = notes.cumulative(f.id());
        if (cumulative == null) {
            return null;
        }
        return cumulative ? "Levels are cumulative: each level expects what the levels below it expect, and more."
                : "Levels are not cumulative: each level's page shows what that level expects.";
    }

    // ---------------------------------------------------------------- /frameworks/{id}/levels/{rank}

    FrameworkPageLevel level(Framework f, Level level) {
        int rank = level.rank();
        Framework here = f.expectedAt(rank);
        List<FrameworkPageCompetency> competencies = here.competencies().stream()
                .map(c -> competency(f, c, rank, i -> true)).toList();
        Optional<Level> previous = f.level(rank - 1);
        Optional<Level> next = f.level(rank + 1);
        return new FrameworkPageLevel(f.id(), f.title(), f.council(), href(f),
                f.title() + " – level " + rank + " of " + f.levels().size(), rank, level.label(), posts(level),
                notes.ofLevel(f.id(), rank),
                previous.map(l -> new FrameworkPageLink(l.label(), href(f, l.rank()))).orElse(null),
                next.map(l -> new FrameworkPageLink(l.label(), href(f, l.rank()))).orElse(null),
                competencies,
                competencies.stream().mapToInt(FrameworkPageCompetency::effectiveCount).sum(),
                competencies.stream().mapToInt(FrameworkPageCompetency::ineffectiveCount).sum(),
                nextLevel(f, level, here, next.orElse(null)));
    }

    private FrameworkPageLevel.NextLevel nextLevel(Framework f, Level level, Framework here, Level next) {
        if (next == null) {
            return new FrameworkPageLevel.NextLevel(level.label() + " is the top level of the " + f.title()
                    + "; there is no level above it.", List.of(), List.of(), List.of());
        }
        Framework there = f.expectedAt(next.rank());
        Map<String, Competency> hereById = new TreeMap<>();
        here.competencies().forEach(c -> hereById.put(c.id(), c));
        List<FrameworkPageCompetency> newCompetencies = new ArrayList<>();
        List<FrameworkPageCompetency> newBehaviours = new ArrayList<>();
        for (Competency c : there.competencies()) {
            Competency before = hereById.get(c.id());
            if (before == null) {
                newCompetencies.add(competency(f, c, next.rank(), i -> true));
            } else {
                Set<String> known = before.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
                if (c.indicators().stream().anyMatch(i -> !known.contains(i.id()))) {
                    newBehaviours.add(competency(f, c, next.rank(), i -> !known.contains(i.id())));
                }
            }
        }
        Set<String> thereIds = there.competencies().stream().map(Competency::id).collect(Collectors.toSet());
        List<String> dropped = here.competencies().stream().filter(c -> !thereIds.contains(c.id()))
                .map(Competency::title).toList();
        int added = newBehaviours.stream().mapToInt(c -> c.effectiveCount() + c.ineffectiveCount()).sum();
        String sentence;
        if (newCompetencies.isEmpty() && newBehaviours.isEmpty()) {
            sentence = next.label() + " expects nothing that " + level.label() + " does not.";
        } else {
            List<String> parts = new ArrayList<>();
            if (!newCompetencies.isEmpty()) {
                parts.add(plural(newCompetencies.size(), "competency", "competencies") + " not expected at "
                        + level.label());
            }
            if (added > 0) {
                parts.add(plural(added, "more behaviour", "more behaviours") + " in "
                        + plural(newBehaviours.size(), "competency", "competencies") + " expected at both");
            }
            sentence = next.label() + " adds " + String.join(", and ", parts) + ".";
        }
        return new FrameworkPageLevel.NextLevel(sentence, newCompetencies, newBehaviours, dropped);
    }

    /** The competency's indicators accepted by {@code shown}, positive and negative apart, grouped by kind. */
    private FrameworkPageCompetency competency(Framework f, Competency c, int rank, Predicate<Indicator> shown) {
        List<Indicator> indicators = c.indicators().stream().filter(shown).toList();
        Set<Integer> from = indicators.stream().map(i -> i.level() != null && i.level() < rank ? i.level() : rank)
                .collect(Collectors.toSet());
        // all from one lower level: say it once for the competency rather than on every line
        String allSince = from.size() == 1 && !from.contains(rank)
                ? f.level(from.iterator().next()).map(Level::label).orElse(null) : null;
        Map<Polarity, Map<String, List<FrameworkPageCompetency.Behaviour>>> groups = new TreeMap<>();
        for (Indicator i : indicators) {
            String since = allSince == null && i.level() != null && i.level() < rank
                    ? f.level(i.level()).map(Level::label).orElse(null) : null;
            groups.computeIfAbsent(i.polarity(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(i.kind(), k -> new ArrayList<>())
                    .add(new FrameworkPageCompetency.Behaviour(i.id(), i.code(), i.text(), i.notes(), since));
        }
        return new FrameworkPageCompetency(c.id(), anchor(c) + "-" + rank, c.code(), c.title(), c.definition(),
                c.attributes(), c.section(), c.cluster(), c.notes(), allSince,
                groups(groups.get(Polarity.POSITIVE)), groups(groups.get(Polarity.NEGATIVE)));
    }

    private static List<FrameworkPageCompetency.Group> groups(Map<String, List<FrameworkPageCompetency.Behaviour>> byKind) {
        if (byKind == null) {
            return List.of();
        }
        return byKind.entrySet().stream().map(e -> new FrameworkPageCompetency.Group(
                KIND_HEADINGS.getOrDefault(e.getKey(), e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    // ---------------------------------------------------------------- /frameworks/search

    FrameworkPageSearch search(String raw) {
        String query = raw == null ? "" : raw.strip();
        if (query.isEmpty()) {
            return new FrameworkPageSearch(query, raw == null ? null : "Enter a word or words to search for",
                    false, 0, List.of(), List.of());
        }
        if (query.length() > FrameworkPageSearch.MAX_QUERY) {
            return new FrameworkPageSearch(query, "Enter at most " + FrameworkPageSearch.MAX_QUERY + " characters",
                    false, 0, List.of(), List.of());
        }
        List<FrameworkPageSearch.Result> results = new ArrayList<>();
        Map<String, Integer> byCouncil = new LinkedHashMap<>();
        int total = 0;
        for (Framework f : frameworks.all()) {
            for (Competency c : f.competencies()) {
                for (Indicator i : c.indicators()) {
                    List<FrameworkPageSearch.Part> parts = highlight(i.text(), query);
                    if (parts == null) {
                        continue;
                    }
                    total++;
                    byCouncil.merge(f.council(), 1, Integer::sum);
                    if (results.size() < FrameworkPageSearch.LIMIT) {
                        results.add(result(f, c, i, parts));
                    }
                }
            }
        }
        return new FrameworkPageSearch(query, null, true, total, byCouncil.entrySet().stream()
                .map(e -> e.getKey() + ": " + plural(e.getValue(), "behaviour", "behaviours")).toList(), results);
    }

    private FrameworkPageSearch.Result result(Framework f, Competency c, Indicator i, List<FrameworkPageSearch.Part> parts) {
        // the level that introduces it: its own level, else the first the competency applies at
        int from = i.level() == null ? Integer.MIN_VALUE : i.level();
        FrameworkPageLink level = c.appliesAtLevels().stream().filter(r -> r >= from).findFirst()
                .flatMap(f::level).map(l -> new FrameworkPageLink(levelName(l), href(f, l.rank()))).orElse(null);
        boolean positive = i.polarity() == Polarity.POSITIVE;
        return new FrameworkPageSearch.Result(i.id(), f.council(), f.id(),
                c.code() == null ? c.title() : c.code() + " " + c.title(), level,
                positive ? "Effective" : "Red flag", positive ? "govuk-tag--green" : "govuk-tag--red",
                KIND_NAMES.getOrDefault(i.kind(), i.kind()), parts);
    }

    /** {@code text} cut around every case-insensitive occurrence of {@code query}; null when there is none. */
    static List<FrameworkPageSearch.Part> highlight(String text, String query) {
        List<FrameworkPageSearch.Part> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i + query.length() <= text.length()) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                if (i > start) {
                    parts.add(new FrameworkPageSearch.Part(text.substring(start, i), false));
                }
                parts.add(new FrameworkPageSearch.Part(text.substring(i, i + query.length()), true));
                i += query.length();
                start = i;
            } else {
                i++;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (start < text.length()) {
            parts.add(new FrameworkPageSearch.Part(text.substring(start), false));
        }
        return parts;
    }

    // ---------------------------------------------------------------- helpers

    private static int count(Competency c, Polarity polarity) {
        return (int) c.indicators().stream().filter(i -> i.polarity() == polarity).count();
    }

    private static String posts(Level level) {
        return level.typicalPosts().isEmpty() ? null : String.join("; ", level.typicalPosts());
    }

    static String href(Framework f) {
        return "/frameworks/" + f.id();
    }

    static String href(Framework f, int rank) {
        return href(f) + "/levels/" + rank;
    }

    private static String anchor(Competency c) {
        return "competency-" + c.id();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
