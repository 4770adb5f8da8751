package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.ladder.catalogue.CatalogueSnapshot;
import dev.ladder.catalogue.LearningResource;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.Polarity;

/**
 * Every name a rule may use, by kind: the frameworks in service with their levels, competencies and
 * behaviours (ids and texts), and the learning catalogue's resources, types and themes. Answers
 * whether a name exists and, when it does not, which existing one was probably meant.
 */
final class Ontology {

    private final Map<Kind, List<Entry>> entries = new EnumMap<>(Kind.class);
    private final List<String> frameworkIds = new ArrayList<>();
    /** The ranks of each framework's levels, in order, by framework id in order. */
    private final SortedMap<String, List<Integer>> levels = new TreeMap<>();

    Ontology(java.util.Collection<Framework> frameworks, CatalogueSnapshot catalogue) {
        for (Kind kind : Kind.values()) {
            entries.put(kind, new ArrayList<>());
        }
        for (Framework framework : frameworks) {
            frameworkIds.add(framework.id());
            add(Kind.FRAMEWORK, framework.id(), null, framework.title(), null);
            levels.put(framework.id(), framework.levels().stream().map(Level::rank).sorted().toList());
            for (Competency competency : framework.competencies()) {
                add(Kind.COMPETENCY, competency.id(), framework.id(), competency.title(), null);
                add(Kind.COMPETENCY_TITLE, competency.title(), framework.id(), competency.id(), null);
                for (Indicator indicator : competency.indicators()) {
                    add(Kind.INDICATOR, indicator.id(), framework.id(), indicator.text(), indicator.polarity());
                    add(Kind.BEHAVIOUR, indicator.text(), framework.id(), competency.title(), indicator.polarity());
                }
            }
        }
        for (LearningResource resource : catalogue.resources()) {
            add(Kind.RESOURCE, resource.id(), null, resource.title(), null);
            add(Kind.RESOURCE_TYPE, resource.type(), null, null, null);
        }
        catalogue.themes().values().forEach(theme -> add(Kind.THEME, theme.id(), null, theme.title(), null));
        java.util.Collections.sort(frameworkIds);
    }

    private void add(Kind kind, String name, String framework, String detail, Polarity polarity) {
        if (name != null) {
            entries.get(kind).add(new Entry(name, framework, detail, polarity));
        }
    }

    boolean noFrameworks() {
        return frameworkIds.isEmpty();
    }

    List<String> frameworkIds() {
        return frameworkIds;
    }

    /**
     * Why {@code name} cannot be what a rule means, if it cannot.
     *
     * @param framework the framework the rule is about, when it names one (null: any framework)
     * @param polarity  the polarity the rule requires of a behaviour, when it requires one
     */
    Optional<Miss> check(Kind kind, String name, String framework, Polarity polarity) {
        if (kind == Kind.LEVEL) {
            return level(name, framework);
        }
        List<Entry> all = entries.get(kind);
        List<Entry> named = all.stream().filter(e -> e.name().equals(name)).toList();
        boolean scoped = framework != null && frameworkIds.contains(framework) && kind != Kind.FRAMEWORK
                && kind != Kind.RESOURCE && kind != Kind.RESOURCE_TYPE && kind != Kind.THEME;
        List<Entry> inScope = scoped ? named.stream().filter(e -> framework.equals(e.framework())).toList() : named;
        if (!inScope.isEmpty()) {
            if (polarity != null && inScope.stream().noneMatch(e -> e.polarity() == polarity)) {
                Entry e = inScope.get(0);
                return Optional.of(new Miss("the " + kind.noun() + " \"" + name + "\" is "
                        + (e.polarity() == Polarity.POSITIVE ? "an effective behaviour" : "a red-flag behaviour")
                        + " of " + e.framework() + ", but the rule only looks at "
                        + (polarity == Polarity.POSITIVE ? "effective behaviours" : "red-flag behaviours")
                        + ", so it would never apply", nearestHint(kind, name, framework, polarity)));
            }
            return Optional.empty();
        }
        if (!named.isEmpty()) {
            return Optional.of(new Miss("the " + kind.noun() + " \"" + name + "\" belongs to framework "
                    + named.get(0).framework() + ", not to " + framework + ", so the rule would never apply",
                    nearestHint(kind, name, framework, polarity)));
        }
        String where = switch (kind) {
            case FRAMEWORK -> "; the frameworks in service are " + String.join(", ", frameworkIds);
            case RESOURCE, RESOURCE_TYPE, THEME -> " in the learning catalogue";
            default -> scoped ? " in framework " + framework : " in any framework";
        };
        return Optional.of(new Miss("unknown " + kind.noun() + " \"" + name + "\"" + where
                + ", so the rule would never apply", nearestHint(kind, name, framework, polarity)));
    }

    /**
     * Why a level number cannot be what a rule means: not a level of {@code framework}, or, when the rule
     * names no framework in service, of none. A near number means nothing, so the hint lists the levels.
     */
    private Optional<Miss> level(String number, String framework) {
        Integer rank = rank(number);
        List<Integer> ranks = framework == null ? null : levels.get(framework);
        if (ranks != null) {
            if (ranks.contains(rank)) {
                return Optional.empty();
            }
            return Optional.of(new Miss("level " + number + " is not a level of framework " + framework
                    + " (its levels are " + join(ranks) + "), so the rule would never apply",
                    "Use one of the levels of " + framework + ": " + join(ranks) + " (GET /api/frameworks/"
                            + framework + ")."));
        }
        if (levels.values().stream().anyMatch(r -> r.contains(rank))) {
            return Optional.empty();
        }
        String all = levels.entrySet().stream().map(e -> e.getKey() + " " + join(e.getValue()))
                .collect(Collectors.joining("; "));
        return Optional.of(new Miss("no framework has a level " + number + " (the levels are: " + all
                + "), so the rule would never apply", "Use a level of the framework the rule is about ("
                + all + "); name it in the same pattern (framework == \"…\") to have the number checked against "
                + "that framework's levels only."));
    }

    /** The number as a rank, or null when it is too long for one (no framework has such a level). */
    private static Integer rank(String number) {
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String join(List<Integer> ranks) {
        return ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String nearestHint(Kind kind, String name, String framework, Polarity polarity) {
        List<Entry> candidates = entries.get(kind).stream()
                .filter(e -> framework == null || e.framework() == null || !frameworkIds.contains(framework)
                        || framework.equals(e.framework()))
                .filter(e -> polarity == null || e.polarity() == null || e.polarity() == polarity)
                .filter(e -> !e.name().equals(name))
                .toList();
        Set<String> names = new LinkedHashSet<>();
        candidates.forEach(e -> names.add(e.name()));
        String copy = switch (kind) {
            case FRAMEWORK, COMPETENCY, COMPETENCY_TITLE, INDICATOR, BEHAVIOUR ->
                    "Copy it exactly as the framework writes it (GET /api/frameworks/{id}).";
            default -> "Copy it exactly as the learning catalogue writes it.";
        };
        return Similar.nearest(name, names).map(near -> {
            Entry e = candidates.stream().filter(c -> c.name().equals(near)).findFirst().orElseThrow();
            String about = e.detail() == null ? "" : " (" + (e.framework() == null ? "" : e.framework() + ", ")
                    + e.detail() + ")";
            return "Did you mean \"" + near + "\"" + about + "? " + copy;
        }).orElse(copy);
    }

    private record Entry(String name, String framework, String detail, Polarity polarity) {
    }

    /** Why a name is wrong, and what to do (with the near match, when there is one). */
    record Miss(String message, String hint) {
    }
}
