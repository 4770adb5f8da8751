package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;

/**
 * What a decision table's framework, competency and behaviour cells may hold, from the ontology
 * loaded now, in the council's words: the pick-lists of the grid, and the council's text beside an id
 * on the policy page.
 */
@Component
class OntologyPicks {

    /** What a column of a table names, judged from its heading and the code its value goes into. */
    enum Kind { FRAMEWORK, COMPETENCY, BEHAVIOUR, PLAIN }

    /** A choice of a pick-list: the value written into the table, and what the analyst reads. */
    record Choice(String value, String label) {
    }

    /** Choices under a heading (a council), for an {@code <optgroup>}. */
    record Group(String label, List<Choice> choices) {
    }

    private final Frameworks frameworks;

    OntologyPicks(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    static Kind kind(DecisionTables.Column column) {
        // by the heading's first word ("Framework", "Behaviour (as the framework writes it)"), or by the code
        String heading = column.heading().strip().toLowerCase(Locale.ROOT);
        String code = column.code().replace(" ", "");
        if (heading.startsWith("framework") || code.contains("framework==")) {
            return Kind.FRAMEWORK;
        }
        if (heading.startsWith("behaviour") || heading.startsWith("indicator") || code.contains("indicator==")
                || code.contains("text==")) {
            return Kind.BEHAVIOUR;
        }
        if (heading.startsWith("competency") || code.contains("competency==")) {
            return Kind.COMPETENCY;
        }
        return Kind.PLAIN;
    }

    /** Whether the behaviours of a column are only the negative ones (red flags, conduct concerns). */
    static boolean negativeOnly(DecisionTables.Column column) {
        return (column.code() + column.object()).contains("NEGATIVE");
    }

    /**
     * Whether a behaviour or competency column holds ids (else the council's text): ids when the code
     * compares an id, or when one of its values is an id.
     */
    boolean holdsIds(Kind kind, DecisionTables.Column column, List<String> values) {
        String code = column.code().replace(" ", "");
        if (code.contains("text==") || code.contains("title==")) {
            return false;
        }
        if (code.contains("indicator==") || code.contains("competency==")) {
            return true;
        }
        return values.stream().anyMatch(v -> describe(kind, v) != null && !describe(kind, v).equals(v));
    }

    List<Group> choices(Kind kind, boolean ids, boolean negativeOnly) {
        List<Group> groups = new ArrayList<>();
        switch (kind) {
            case FRAMEWORK -> groups.add(new Group("Frameworks", sorted().stream()
                    .map(f -> new Choice(f.id(), f.id() + " – " + f.council())).toList()));
            case COMPETENCY -> sorted().forEach(f -> groups.add(new Group(f.title(), f.competencies().stream()
                    .map(c -> new Choice(ids ? c.id() : c.title(), ids ? c.title() + " (" + c.id() + ")" : c.title()))
                    .toList())));
            case BEHAVIOUR -> sorted().forEach(f -> {
                Map<String, Choice> unique = new LinkedHashMap<>();
                for (Competency c : f.competencies()) {
                    for (Indicator i : c.indicators()) {
                        if (!negativeOnly || i.polarity() == Polarity.NEGATIVE) {
                            String value = ids ? i.id() : i.text();
                            unique.putIfAbsent(value, new Choice(value, ids ? i.text() + " (" + i.id() + ")" : i.text()));
                        }
                    }
                }
                groups.add(new Group(f.title(), List.copyOf(unique.values())));
            });
            default -> { }
        }
        return groups;
    }

    /**
     * The council's words for {@code value} in a column of {@code kind}: a framework's title, a
     * competency's title, a behaviour's text (the value itself when it is already the text); null
     * when the ontology has no such thing.
     */
    String describe(Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (Framework f : frameworks.all()) {
            switch (kind) {
                case FRAMEWORK -> {
                    if (f.id().equals(v)) {
                        return f.title() + " (" + f.council() + ")";
                    }
                }
                case COMPETENCY -> {
                    for (Competency c : f.competencies()) {
                        if (c.id().equals(v) || c.title().equals(v)) {
                            return c.title();
                        }
                    }
                }
                case BEHAVIOUR -> {
                    for (Competency c : f.competencies()) {
                        for (Indicator i : c.indicators()) {
                            if (i.id().equals(v) || i.text().equals(v)) {
                                return i.text();
                            }
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private List<Framework> sorted() {
        return frameworks.all().stream().sorted(Comparator.comparing(Framework::title)).toList();
    }
}
