package dev.ladder.assessment.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;
import dev.ladder.review.Review;

/**
 * Random but valid reviews (see ReviewValidator): ratings and observed behaviours only of what the
 * employee's level and the next level expect, each id at most once. Each review draws a profile
 * (how much is rated, how well, how many red flags and next-level behaviours) so that every outcome
 * occurs, READY included. Deterministic for a given {@link Random}.
 */
public final class ReviewGenerator {

    /** A review and, sometimes, the employee's previous one. */
    public record Case(Review review, Optional<Review> previous) {
    }

    private static final double[] NEGATIVE_RATES = {0, 0, 0, 0, 0.02, 0.05, 0.1, 0.25};
    private static final double[] POSITIVE_RATES = {0.1, 0.3, 0.5, 0.7, 0.85, 0.95};

    private final Random random;
    private int serial;

    public ReviewGenerator(Random random) {
        this.random = random;
    }

    /** What a review at {@code level} may speak of: competencies and indicators, in framework order. */
    public static Scope scope(Framework framework, int level) {
        Framework current = framework.expectedAt(level);
        Optional<Framework> next = framework.nextRank(level).map(framework::expectedAt);
        Map<String, Competency> competencies = new LinkedHashMap<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        List<Framework> levels = new ArrayList<>();
        levels.add(current);
        next.ifPresent(levels::add);
        for (Competency competency : framework.competencies()) {
            for (Framework atLevel : levels) {
                atLevel.competency(competency.id()).ifPresent(c -> {
                    competencies.putIfAbsent(c.id(), c);
                    c.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
                });
            }
        }
        return new Scope(current.competencies().stream().map(Competency::id).toList(),
                List.copyOf(competencies.keySet()), List.copyOf(indicators.values()));
    }

    /**
     * @param currentCompetencies ids of the competencies the level expects
     * @param competencies        ids a review may rate (this level's and the next level's)
     * @param indicators          indicators a review may record
     */
    public record Scope(List<String> currentCompetencies, List<String> competencies, List<Indicator> indicators) {
    }

    public Case next(Framework framework, int level) {
        Scope scope = scope(framework, level);
        String employee = "E" + (++serial);

        boolean rateAll = random.nextDouble() < 0.7;
        boolean strong = random.nextDouble() < 0.4;
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        for (String competency : scope.competencies()) {
            boolean current = scope.currentCompetencies().contains(competency);
            double chance = current ? (rateAll ? 1.0 : 0.8) : 0.3;
            if (random.nextDouble() < chance) {
                ratings.add(new Review.CompetencyRating(competency, strong ? 3 + random.nextInt(2) : rating(), null));
            }
        }

        double negatives = NEGATIVE_RATES[random.nextInt(NEGATIVE_RATES.length)];
        double positives = POSITIVE_RATES[random.nextInt(POSITIVE_RATES.length)];
        boolean nothingSeen = random.nextDouble() < 0.08;
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        if (!nothingSeen) {
            for (Indicator indicator : scope.indicators()) {
                double chance = indicator.polarity() == Polarity.NEGATIVE ? negatives : positives;
                if (random.nextDouble() < chance) {
                    observed.add(new Review.ObservedBehaviour(indicator.id(), null));
                }
            }
        }
        Review review = new Review(employee, framework.id(), level, "2026", null, null, ratings, observed);

        Optional<Review> previous = Optional.empty();
        if (random.nextDouble() < 0.3) {
            List<Review.ObservedBehaviour> before = new ArrayList<>();
            for (Indicator indicator : scope.indicators()) {
                boolean now = observed.stream().anyMatch(o -> o.indicator().equals(indicator.id()));
                if (random.nextDouble() < (now ? 0.5 : 0.05)) {
                    before.add(new Review.ObservedBehaviour(indicator.id(), null));
                }
            }
            previous = Optional.of(new Review(employee, framework.id(), level, "2025", null, null, List.of(), before));
        }
        return new Case(review, previous);
    }

    /** 1–4, weighted toward 3 and 4. */
    private int rating() {
        int draw = random.nextInt(100);
        return draw < 7 ? 1 : draw < 20 ? 2 : draw < 60 ? 3 : 4;
    }

    /**
     * A review that observes only {@code indicator} and rates every competency of the level 3, at the
     * lowest level at which the indicator may be recorded; so any seriousness of its red flag comes
     * from the indicator alone. Empty when no level of the framework may record it.
     */
    public static Optional<Case> onlyObserving(Framework framework, String indicatorId, String employee) {
        for (var level : framework.levels()) {
            Scope scope = scope(framework, level.rank());
            if (scope.indicators().stream().anyMatch(i -> i.id().equals(indicatorId))) {
                List<Review.CompetencyRating> ratings = scope.currentCompetencies().stream()
                        .map(c -> new Review.CompetencyRating(c, 3, null)).toList();
                return Optional.of(new Case(new Review(employee, framework.id(), level.rank(), "2026", null, null,
                        ratings, List.of(new Review.ObservedBehaviour(indicatorId, null))), Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
