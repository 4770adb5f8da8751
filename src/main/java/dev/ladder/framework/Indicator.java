package dev.ladder.framework;

import java.util.List;

/**
 * One behaviour that shows a competency, as the source writes it.
 *
 * @param id       readable id, unique within the framework (the last segment of its IRI)
 * @param code     the source's own number (e.g. "1.4"), or null
 * @param kind     what the source calls it: effective behaviour, negative sign, performance criterion…
 * @param level    rank of the level at which it is introduced
 * @param notes    source notes: where the source itself looks wrong
 */
public record Indicator(String id, String code, String text, Polarity polarity, String kind, Integer level,
                        List<String> notes) {

    public Indicator {
        notes = List.copyOf(notes);
    }

    /** Expected of someone at {@code rank}: introduced at that level or below. */
    boolean expectedAt(int rank) {
        return level == null || level <= rank;
    }
}
