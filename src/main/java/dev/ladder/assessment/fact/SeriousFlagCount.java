package dev.ladder.assessment.fact;

/**
 * This many negative behaviours observed in one competency make each of their red flags serious
 * ({@code rules/serious-red-flag-count.drl.csv}).
 */
public record SeriousFlagCount(int count) {
}
