package dev.ladder.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ladder.assessment.fact.Employee;
import dev.ladder.assessment.fact.Expectation;
import dev.ladder.assessment.fact.NextLevelBehaviour;
import dev.ladder.assessment.fact.Observation;
import dev.ladder.assessment.fact.PreviousObservation;
import dev.ladder.assessment.fact.Rating;
import dev.ladder.assessment.fact.Scope;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;
import dev.ladder.review.Review;

/** The facts a review becomes: only what the rules need, taken from the framework snapshot. */
class FactBuilderTest {

    @Test
    void aMiltonKeynesLevelTwoReviewBecomesTheseFacts() {
        Review review = Reviews.of("milton-keynes", 2).rated("customer-focus", 2).rated("excellent-leadership", 3)
                .observedText("Impatient with customers").build();
        Review previous = Reviews.of("milton-keynes", 2).observedText("Impatient with customers").build("2025");

        List<Object> facts = FactBuilder.facts(review, LoadedFrameworks.framework("milton-keynes"), Optional.of(previous));

        assertThat(of(facts, Employee.class)).containsExactly(
                new Employee("E1", "milton-keynes", 2, 3, "2026", "Test"));
        assertThat(of(facts, Expectation.class)).filteredOn(e -> e.scope() == Scope.CURRENT).hasSize(6)
                .extracting(Expectation::competency).doesNotContain("excellent-leadership");
        assertThat(of(facts, Expectation.class)).filteredOn(e -> e.scope() == Scope.NEXT).hasSize(7)
                .extracting(Expectation::competency).contains("excellent-leadership");
        // level 3 of Milton Keynes introduces 29 positive signs (docs/source-counts.md), carried by their competency
        assertThat(introduced(facts)).hasSize(29).allSatisfy(b -> assertThat(b.level()).isEqualTo(3));
        assertThat(of(facts, Expectation.class)).filteredOn(e -> e.scope() == Scope.CURRENT)
                .allSatisfy(e -> assertThat(e.introduced()).isEmpty());
        assertThat(of(facts, Expectation.class)).filteredOn(e -> e.scope() == Scope.NEXT)
                .allSatisfy(e -> assertThat(e.introduced()).extracting(NextLevelBehaviour::competency)
                        .containsOnly(e.competency()));
        assertThat(of(facts, Rating.class)).containsExactlyInAnyOrder(
                new Rating("customer-focus", "CUSTOMER FOCUS", 2, "developing", true),
                new Rating("excellent-leadership", "EXCELLENT LEADERSHIP", 3, "effective", false));
        assertThat(of(facts, Observation.class)).singleElement().satisfies(o -> {
            assertThat(o.indicator()).isEqualTo("customer-focus-n01");
            assertThat(o.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(o.kind()).isEqualTo("negative sign");
            assertThat(o.level()).isEqualTo(1);
            assertThat(o.expectedAtLevel()).isTrue();
            assertThat(o.describe()).isEqualTo("Impatient with customers was observed (negative sign, level 1)");
        });
        assertThat(of(facts, PreviousObservation.class))
                .containsExactly(new PreviousObservation("customer-focus-n01", "2025"));
    }

    @Test
    void atTheTopOfTheLadderThereIsNoNextLevel() {
        List<Object> facts = FactBuilder.facts(Reviews.of("milton-keynes", 5).build(),
                LoadedFrameworks.framework("milton-keynes"), Optional.empty());

        assertThat(of(facts, Employee.class)).singleElement().extracting(Employee::nextLevel).isNull();
        assertThat(of(facts, Expectation.class)).allSatisfy(e -> assertThat(e.scope()).isEqualTo(Scope.CURRENT));
        assertThat(introduced(facts)).isEmpty();
    }

    @Test
    void cambridgeFirstLineManagerCompetenciesAreTheNextLevelOfStaff() {
        List<Object> facts = FactBuilder.facts(Reviews.of("cambridge", 1).build(),
                LoadedFrameworks.framework("cambridge"), Optional.empty());

        assertThat(of(facts, Expectation.class)).filteredOn(e -> e.scope() == Scope.NEXT).hasSize(12);
        // Core indicators are introduced at level 1, so only the 28 first-line-manager effective behaviours are new
        assertThat(introduced(facts)).hasSize(28)
                .extracting(NextLevelBehaviour::competency).contains("managing-people").doesNotContain("communication");
    }

    /** The next level's behaviours, as its expectations carry them. */
    private static List<NextLevelBehaviour> introduced(List<Object> facts) {
        return of(facts, Expectation.class).stream().flatMap(e -> e.introduced().stream()).toList();
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
