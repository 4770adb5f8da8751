package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ladder.catalogue.CatalogueSnapshot;
import dev.ladder.catalogue.LearningResource;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;

/**
 * Every name a rule may use, by kind: the frameworks in service with their competencies and
 * behaviours (ids and texts), and the learning catalogue's resources, types and themes. Answers
 * whether a name exists and, when it does not, which existing one was probably meant.
 */
final class Ontology {

    private final Map<Kind, List<Entry>> entries = new EnumMap<>(Kind.class);
    private final List<String> frameworkIds = new ArrayList<>();

    Ontology(java.util.Collection<Framework> frameworks, CatalogueSnapshot catalogue) {
        for (Kind kind : Kind.values()) {
            entries.put(kind, new ArrayList<>());
        }
        for (Framework framework : frameworks) {
            frameworkIds.add(framework.id());
            add(Kind.FRAMEWORK, framework.id(), null, framework.title(), null);
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
