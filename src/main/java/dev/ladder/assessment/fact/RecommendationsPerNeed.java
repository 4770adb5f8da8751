package dev.ladder.assessment.fact;

/** How many learning resources, at most, are recommended for each learning need ({@code recommendations.drl.csv}). */
public record RecommendationsPerNeed(int count) {
}
