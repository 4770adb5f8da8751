package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.List;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;
import dev.ladder.review.Review;

/** Builds reviews for tests from the real frameworks, naming behaviours by their text. */
final class Reviews {

    private final Framework framework;
    private final int level;
    private final List<Review.CompetencyRating> ratings = new ArrayList<>();
    private final List<Review.ObservedBehaviour> observed = new ArrayList<>();

    private Reviews(String framework, int level) {
        this.framework = LoadedFrameworks.framework(framework);
        this.level = level;
    }

    static Reviews of(String framework, int level) {
        return new Reviews(framework, level);
    }

    /** Rates every competency the level expects. */
    Reviews allRated(int value) {
        framework.expectedAt(level).competencies()
                .forEach(c -> ratings.add(new Review.CompetencyRating(c.id(), value, null)));
        return this;
    }

    Reviews rated(String competencyId, int value) {
        ratings.removeIf(r -> r.competency().equals(competencyId));
        ratings.add(new Review.CompetencyRating(competencyId, value, null));
        return this;
    }

    Reviews observed(String indicatorId) {
        observed.add(new Review.ObservedBehaviour(indicatorId, null));
        return this;
    }

    /** Observes the behaviour with exactly this text, within what this level or the next expects. */
    Reviews observedText(String text) {
        return observed(indicatorWithText(text).id());
    }

    /** Observes every positive behaviour the next level introduces. */
    Reviews allNextLevelBehaviours() {
        int next = level + 1;
        for (Competency competency : framework.expectedAt(next).competencies()) {
            competency.indicators().stream()
                    .filter(i -> i.polarity() == Polarity.POSITIVE && i.level() != null && i.level() == next)
                    .forEach(i -> observed(i.id()));
        }
        return this;
    }

    Indicator indicatorWithText(String text) {
        return framework.competencies().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no behaviour '" + text + "' in " + framework.id()));
    }

    Review build() {
        return build("2026");
    }

    Review build(String period) {
        return new Review("E1", framework.id(), level, period, "Test", null, ratings, observed);
    }
}
