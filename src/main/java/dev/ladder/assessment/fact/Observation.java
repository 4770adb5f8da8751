package dev.ladder.assessment.fact;

import dev.ladder.framework.Polarity;

/**
 * A behaviour the reviewer saw.
 *
 * @param kind  what the source calls it, e.g. "negative sign", "ineffective behaviour"
 * @param level           rank of the level at which the framework introduces it
 * @param expectedAtLevel whether its competency is expected at the employee's current level
 */
public record Observation(String indicator, String competency, String competencyTitle, String text,
                          Polarity polarity, String kind, int level, boolean expectedAtLevel, String evidence) {

    /** "Impatient with customers was observed (negative sign, level 1)". */
    public String describe() {
        return text + " was observed (" + kind + ", level " + level + ")";
    }
}
