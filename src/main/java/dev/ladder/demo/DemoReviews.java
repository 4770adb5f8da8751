package dev.ladder.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;
import dev.ladder.organisation.Employee;
import dev.ladder.review.Review;

/**
 * Plausible reviews of one person over the demo periods. Each person has a strength that drifts up a
 * little each year; ratings are mostly 3, some 2 or 4, a few 1 (higher for stronger people); stronger
 * people show more of their level's positive behaviours and of the next level's; some people show a
 * red flag now and then, and some have a habit: the same negative behaviour, often in consecutive
 * periods (a red flag that is serious because it was also in the previous review).
 */
final class DemoReviews {

    static final List<String> PERIODS = List.of("2024", "2025", "2026");

    private final Map<String, Framework> frameworks;

    DemoReviews(Map<String, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /** The person's reviews, oldest period first; recent joiners have no review of the first periods. */
    List<Review> of(Employee employee, Random random) {
        Framework framework = frameworks.get(employee.framework());
        Framework current = framework.expectedAt(employee.level());
        List<Competency> next = framework.nextRank(employee.level())
                .map(rank -> framework.expectedAt(rank).competencies()).orElse(List.of());
        double strength = random.nextGaussian();
        List<Indicator> negatives = current.competencies().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.polarity() == Polarity.NEGATIVE).toList();
        Indicator habit = !negatives.isEmpty() && random.nextDouble() < 0.12
                ? negatives.get(random.nextInt(negatives.size())) : null;
        double joined = random.nextDouble();
        int first = joined < 0.04 ? 2 : joined < 0.12 ? 1 : 0;
        List<Review> reviews = new ArrayList<>();
        for (int p = first; p < PERIODS.size(); p++) {
            double now = strength + 0.2 * p + 0.3 * random.nextGaussian();
            reviews.add(review(employee, framework, current, next, negatives, habit, now, PERIODS.get(p), random));
        }
        return reviews;
    }

    private static Review review(Employee employee, Framework framework, Framework current, List<Competency> next,
                                 List<Indicator> negatives, Indicator habit, double strength, String period,
                                 Random random) {
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        double shows = clamp(0.12 + 0.08 * strength, 0.02, 0.4);
        for (Competency competency : current.competencies()) {
            if (random.nextDouble() < 0.04) {
                continue; // not assessed this time
            }
            ratings.add(new Review.CompetencyRating(competency.id(), rating(strength, random), null));
            for (Indicator indicator : competency.indicators()) {
                if (indicator.polarity() == Polarity.POSITIVE && random.nextDouble() < shows) {
                    observed.add(new Review.ObservedBehaviour(indicator.id(), null));
                }
            }
        }
        double stretch = clamp(0.25 + 0.25 * strength, 0.02, 0.9);
        int nextRank = framework.nextRank(employee.level()).orElse(Integer.MAX_VALUE);
        for (Competency competency : next) {
            for (Indicator indicator : competency.indicators()) {
                if (indicator.polarity() == Polarity.POSITIVE && indicator.level() != null
                        && indicator.level() == nextRank
                        && random.nextDouble() < stretch
                        && observed.stream().noneMatch(o -> o.indicator().equals(indicator.id()))) {
                    observed.add(new Review.ObservedBehaviour(indicator.id(), null));
                }
            }
        }
        if (habit != null && random.nextDouble() < 0.75) {
            observed.add(new Review.ObservedBehaviour(habit.id(), null));
        }
        if (!negatives.isEmpty() && random.nextDouble() < clamp(0.10 - 0.06 * strength, 0.02, 0.3)) {
            int flags = random.nextDouble() < 0.15 ? 2 : 1;
            for (int i = 0; i < flags; i++) {
                Indicator flag = negatives.get(random.nextInt(negatives.size()));
                if (observed.stream().noneMatch(o -> o.indicator().equals(flag.id()))) {
                    observed.add(new Review.ObservedBehaviour(flag.id(), null));
                }
            }
        }
        return new Review(employee.id(), framework.id(), employee.level(), period, employee.department(), null,
                ratings, observed);
    }

    /** Mostly 3 (effective), some 2 and 4, few 1; stronger people rate higher. */
    private static int rating(double strength, Random random) {
        double x = 0.6 * strength + 0.4 * random.nextGaussian();
        if (x < -1.75) {
            return 1;
        }
        if (x < -0.85) {
            return 2;
        }
        return x < 0.85 ? 3 : 4;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
