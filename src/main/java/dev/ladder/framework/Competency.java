package dev.ladder.framework;

import java.util.List;

/**
 * A competency of one framework with its indicators in source order.
 *
 * @param section         title of the section holding it, or null where the framework has none
 * @param cluster         title of the cluster inside the section, or null
 * @param appliesAtLevels ranks of the levels at which it is expected, ascending
 * @param notes           source notes: where the source itself looks wrong
 */
public record Competency(String id, String code, String title, String definition, List<String> attributes,
                         String section, String cluster, List<Integer> appliesAtLevels,
                         List<Indicator> indicators, List<String> notes) {

    public Competency {
        attributes = List.copyOf(attributes);
        appliesAtLevels = List.copyOf(appliesAtLevels);
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }

    boolean appliesAt(int rank) {
        return appliesAtLevels.contains(rank);
    }

    /** This competency holding only the indicators expected at {@code rank}. */
    Competency expectedAt(int rank) {
        return new Competency(id, code, title, definition, attributes, section, cluster, appliesAtLevels,
                indicators.stream().filter(indicator -> indicator.expectedAt(rank)).toList(), notes);
    }
}
