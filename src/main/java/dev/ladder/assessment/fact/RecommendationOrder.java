package dev.ladder.assessment.fact;

import dev.ladder.catalogue.Preference;

/**
 * Which resources are recommended first: those with this preference, at this rank (1 is compared
 * first); the rest by title ({@code recommendations.drl.csv}).
 */
public record RecommendationOrder(Preference preference, int rank) {
}
