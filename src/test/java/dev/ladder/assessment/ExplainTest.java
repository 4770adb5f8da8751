package dev.ladder.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;
import dev.ladder.review.Review;

/**
 * {@link Assessor#explain}: with the project's own rules and frameworks, every rule that fired with
 * its facts in the council's words, in firing order, and the conditions of READY with whether each
 * held.
 */
class ExplainTest {

    private static final Engine ENGINE = Engine.ofProjectRules();

    private static Explanation explain(Review review, Review previous) {
        return ENGINE.assessor.explain(review, Optional.ofNullable(previous), ENGINE.ruleSets.current().orElseThrow());
    }

    private static Explanation.FiredRule firing(Explanation explanation, String rule) {
        return explanation.fired().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("rule \"" + rule + "\" did not fire: "
                        + explanation.fired().stream().map(Explanation.FiredRule::rule).toList()));
    }

    private static int position(Explanation explanation, String rule) {
        return explanation.fired().indexOf(firing(explanation, rule));
    }

    private static Explanation.Condition condition(Explanation explanation, String startingWith) {
        return explanation.readiness().stream().filter(c -> c.text().startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no condition starting \"" + startingWith + "\" in "
                        + explanation.readiness()));
    }

    @Test
    void notReadyNamesTheRatingThatBlocksItAndTheFactsEachRuleUsed() {
        Review review = Reviews.of("milton-keynes", 2).allRated(3).rated("team-player", 2)
                .observedText("Impatient with customers").build();

        Explanation explanation = explain(review, null);

        assertThat(explanation.problem()).isNull();
        assertThat(explanation.assessment().readiness().status()).isEqualTo("NOT_READY");
        assertThat(explanation.assessment()).isEqualTo(ENGINE.assessor.assess(review, Optional.empty(),
                ENGINE.ruleSets.current().orElseThrow()));
        assertThat(explanation.ruleSetVersion()).isEqualTo(ENGINE.ruleSets.current().orElseThrow().version());

        Explanation.FiredRule blocker = firing(explanation,
                "Blocker: competency of the current level rated below the not-ready rating");
        assertThat(blocker.facts()).anySatisfy(f -> assertThat(f).startsWith("TEAM PLAYER was rated 2 ("))
                .anySatisfy(f -> assertThat(f).startsWith("a competency of the level rated below "))
                .noneSatisfy(f -> assertThat(f).contains("team-player"));
        assertThat(blocker.concluded()).singleElement().asString().startsWith("not ready: TEAM PLAYER was rated 2");
        Explanation.FiredRule flag = firing(explanation, "Red flag: observed negative behaviour, concern");
        assertThat(flag.facts()).anySatisfy(f -> assertThat(f).startsWith("Impatient with customers was observed")
                .endsWith("in CUSTOMER FOCUS"));
        // a rule fires after the rules that concluded the facts it used
        assertThat(position(explanation, "Readiness: not ready")).isGreaterThan(position(explanation,
                "Blocker: competency of the current level rated below the not-ready rating"));
        assertThat(position(explanation, "Readiness gap: too few next-level behaviours shown"))
                .isGreaterThan(position(explanation, "Threshold: milton-keynes"));

        assertThat(condition(explanation, "TEAM PLAYER was rated 2").held()).isFalse();
        assertThat(condition(explanation, "CUSTOMER FOCUS was rated 3").held()).isTrue();
        assertThat(condition(explanation, "TEAM PLAYER (level 2) was rated").held()).isTrue();
        assertThat(condition(explanation, "no serious red flag").held()).isTrue();
        Explanation.Condition noFlag = condition(explanation, "no red flag at all");
        assertThat(noFlag.held()).isFalse();
        assertThat(noFlag.text()).contains("Impatient with customers");
        assertThat(explanation.readiness()).filteredOn(c -> c.text().contains("behaviours level 3 introduces"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.held()).as(c.text()).isFalse());
    }

    @Test
    void readyHoldsEveryConditionOneForEachCompetencyOfBothLevels() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        Review review = Reviews.of("milton-keynes", 1).allRated(3).allNextLevelBehaviours().build();

        Explanation explanation = explain(review, null);

        assertThat(explanation.assessment().readiness().status()).isEqualTo("READY");
        assertThat(explanation.readiness()).allSatisfy(c -> assertThat(c.held()).as(c.text()).isTrue());
        for (Competency competency : mk.expectedAt(1).competencies()) {
            condition(explanation, competency.title() + " (level 1) was rated");
            condition(explanation, competency.title() + " was rated 3");
        }
        for (Competency competency : mk.expectedAt(2).competencies()) {
            long introduced = competency.indicators().stream()
                    .filter(i -> i.polarity() == Polarity.POSITIVE && Integer.valueOf(2).equals(i.level())).count();
            if (introduced > 0) {
                assertThat(condition(explanation, competency.title() + " (level 2): at least ").text())
                        .contains("of the " + introduced + " behaviours level 2 introduces were shown; " + introduced + " were");
            }
        }
        assertThat(firing(explanation, "Readiness: ready").facts())
                .anySatisfy(f -> assertThat(f).startsWith("the readiness threshold is "))
                .anySatisfy(f -> assertThat(f).startsWith("employee E1 at level 1 of "));
        assertThat(explanation.fired()).extracting(Explanation.FiredRule::rule)
                .doesNotContain("Readiness: developing", "Readiness: not ready");
    }

    @Test
    void aRedFlagSeenBeforeIsSeriousAndTheConcernItFirstRaisedIsShownWithdrawn() {
        Review previous = Reviews.of("milton-keynes", 1).observedText("Impatient with customers").build("2025");
        Review review = Reviews.of("milton-keynes", 1).allRated(3).observedText("Impatient with customers").build();

        Explanation explanation = explain(review, previous);

        Explanation.FiredRule escalation = firing(explanation, "Serious: also observed in the previous review");
        assertThat(escalation.facts()).contains("\"Impatient with customers\" was observed in the previous review (2025)");
        assertThat(firing(explanation, "Red flag: observed negative behaviour, serious").concluded())
                .singleElement().asString().startsWith("red flag (serious): Impatient with customers")
                .doesNotContain("withdrawn");
        explanation.fired().stream().filter(f -> f.rule().equals("Red flag: observed negative behaviour, concern"))
                .forEach(f -> assertThat(f.concluded()).allSatisfy(c -> assertThat(c).contains("(withdrawn")));
        assertThat(condition(explanation, "no serious red flag").held()).isFalse();
        assertThat(explanation.assessment().readiness().status()).isEqualTo("NOT_READY");
    }

    @Test
    void policyValuesAreFactsWithTheirTableRows() {
        Explanation explanation = explain(Reviews.of("leicester", 1).allRated(2).build(), null);

        assertThat(firing(explanation, "Recommendations: how many per need").concluded())
                .singleElement().asString().startsWith("up to ").endsWith(" resources are recommended for each need");
        assertThat(firing(explanation, "Learning need: the most urgent of its reasons").facts())
                .anySatisfy(f -> assertThat(f).startsWith("a reason to learn in "));
        assertThat(firing(explanation, "Not ready below: leicester").facts())
                .singleElement().asString().startsWith("employee E1 at level 1 of ");
    }

    @Test
    void atTheTopThereIsOneConditionAndItFails() {
        Explanation explanation = explain(Reviews.of("milton-keynes", 5).allRated(3).build(), null);

        assertThat(explanation.assessment().readiness().status()).isEqualTo("TOP_LEVEL");
        assertThat(explanation.readiness()).singleElement().satisfies(c -> {
            assertThat(c.held()).isFalse();
            assertThat(c.text()).startsWith("there is a level above level 5 of ");
        });
        assertThat(explanation.fired()).extracting(Explanation.FiredRule::rule).contains("Readiness: top of the ladder");
    }

    @Test
    void everyFiringIsListedAndNoFactIsAnId() {
        Explanation explanation = explain(Reviews.of("cambridge", 1).allRated(3)
                .observedText("Ignores discrimination").build(), null);

        assertThat(explanation.fired()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isNotBlank();
            assertThat(f.facts()).allSatisfy(text -> assertThat(text).doesNotMatch(".*\\b[a-z]+(-[a-z]+)*-[np]\\d\\d\\b.*"));
        });
        List<String> rules = explanation.fired().stream().map(Explanation.FiredRule::rule).toList();
        assertThat(rules).contains("Conduct: ignores discrimination", "Red flag: observed negative behaviour, serious");
    }
}
