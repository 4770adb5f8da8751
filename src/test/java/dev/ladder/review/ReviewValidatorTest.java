package dev.ladder.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ladder.framework.LoadedFrameworks;

/** A review checked against its framework: every kind of problem, all reported at once, with paths. */
class ReviewValidatorTest {

    private final ReviewValidator validator = new ReviewValidator(LoadedFrameworks.get());

    @Test
    void aValidReviewPassesAndNamesItsFramework() {
        Review review = review("milton-keynes", 2,
                List.of(new Review.CompetencyRating("customer-focus", 3, null),
                        new Review.CompetencyRating("excellent-leadership", 2, null)),
                List.of(new Review.ObservedBehaviour("customer-focus-n01", null),
                        new Review.ObservedBehaviour("excellent-leadership-p01", null)));

        assertThat(validator.validate(review).id()).isEqualTo("milton-keynes");
    }

    @Test
    void unknownFrameworkNamesTheKnownOnes() {
        assertThat(problems(review("atlantis", 1, List.of(), List.of()))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.framework");
            assertThat(p.message()).contains("'atlantis'").contains("cambridge", "leicester", "milton-keynes");
        });
    }

    @Test
    void aLevelNotInTheFrameworkIsRejected() {
        assertThat(problems(review("cambridge", 4, List.of(), List.of()))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.level");
            assertThat(p.message()).contains("level 4").contains("[1, 2, 3]");
        });
    }

    @Test
    void everyBadRatingAndObservationIsReportedWithItsPath() {
        List<ReviewProblem> problems = problems(review("milton-keynes", 1,
                List.of(new Review.CompetencyRating("customer-focus", 5, null),
                        new Review.CompetencyRating("no-such-competency", 3, null),
                        new Review.CompetencyRating("customer-focus", 3, null),
                        new Review.CompetencyRating("customer-service-and-support", 3, null),
                        new Review.CompetencyRating("excellent-leadership", 3, null)),
                List.of(new Review.ObservedBehaviour("no-such-indicator", null),
                        new Review.ObservedBehaviour("customer-focus-n01", null),
                        new Review.ObservedBehaviour("customer-focus-n01", null),
                        new Review.ObservedBehaviour("communication-n01", null),
                        new Review.ObservedBehaviour("customer-focus-p20", null))));

        assertThat(problems).extracting(ReviewProblem::path).containsExactlyInAnyOrder(
                "$.ratings[0].rating", "$.ratings[1].competency", "$.ratings[2].competency",
                "$.ratings[3].competency", "$.ratings[4].competency",
                "$.observed[0].indicator", "$.observed[2].indicator", "$.observed[3].indicator",
                "$.observed[4].indicator");
        assertThat(message(problems, "$.ratings[0].rating")).contains("5 is not on the rating scale")
                .contains("1 not demonstrated, 2 developing, 3 effective, 4 role model");
        assertThat(message(problems, "$.ratings[1].competency")).contains("unknown competency 'no-such-competency'");
        assertThat(message(problems, "$.ratings[2].competency")).contains("rated twice").contains("$.ratings[0]");
        assertThat(message(problems, "$.ratings[3].competency")).contains("belongs to framework 'cambridge'");
        assertThat(message(problems, "$.ratings[4].competency")).contains("not expected at level 1 or 2");
        assertThat(message(problems, "$.observed[0].indicator")).contains("unknown indicator 'no-such-indicator'");
        assertThat(message(problems, "$.observed[2].indicator")).contains("recorded twice")
                .endsWith("first at $.observed[1].indicator");
        assertThat(message(problems, "$.observed[3].indicator")).contains("belongs to framework 'cambridge'");
        assertThat(message(problems, "$.observed[4].indicator")).contains("introduced at level 4");
    }

    @Test
    void anIndicatorTheFrameworkDoesNotHaveIsAlsoFoundRecordedTwice() {
        List<ReviewProblem> problems = problems(review("milton-keynes", 1, List.of(),
                List.of(new Review.ObservedBehaviour("no-such-indicator", null),
                        new Review.ObservedBehaviour("customer-focus-p01", null),
                        new Review.ObservedBehaviour("no-such-indicator", null))));

        assertThat(problems).extracting(ReviewProblem::path, ReviewProblem::message).containsExactly(
                tuple("$.observed[0].indicator", "unknown indicator 'no-such-indicator' in framework 'milton-keynes'"),
                tuple("$.observed[2].indicator", "indicator 'no-such-indicator' is recorded twice; first at "
                        + "$.observed[0].indicator"),
                tuple("$.observed[2].indicator", "unknown indicator 'no-such-indicator' in framework 'milton-keynes'"));
    }

    @Test
    void cambridgeSeniorManagersCannotBeRatedOnCore() {
        assertThat(problems(review("cambridge", 3,
                List.of(new Review.CompetencyRating("customer-service-and-support", 3, null)), List.of())))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not expected at level 3"));
    }

    @Test
    void aPeriodOutsideTheFormatIsRefusedWithTheFormats() {
        for (String period : List.of("banana", "2026-13", "2026-H3", "2026-q1", "26", "２０２６", "2026 ", "2026-1")) {
            assertThat(problems(withPeriod(period))).as(period).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.period");
                assertThat(p.message()).contains("not a review period").contains("2026-H1", "2026-Q1", "2026-01");
            });
        }
        for (String period : List.of("2026", "2026-H2", "2026-Q4", "2026-12")) {
            assertThat(validator.validate(withPeriod(period)).id()).as(period).isEqualTo("milton-keynes");
        }
    }

    @Test
    void invalidUnicodeAndControlCharactersAreRefusedInEveryTextField() {
        String bad = "a\ud800b";
        Review review = new Review(bad, "milton-keynes", 1, bad, "Rev\u0000enues", "Sam\nPatel",
                List.of(new Review.CompetencyRating(bad, 3, "fine\non two lines"),
                        new Review.CompetencyRating("team-player", 3, "bell\u0007")),
                List.of(new Review.ObservedBehaviour("customer-focus-n01", bad),
                        new Review.ObservedBehaviour("x\u001b", "ok\ttabbed")));

        List<ReviewProblem> problems = problems(review);

        assertThat(problems).extracting(ReviewProblem::path).containsExactlyInAnyOrder("$.employeeId", "$.period",
                "$.department", "$.name", "$.ratings[0].competency", "$.ratings[1].comment",
                "$.observed[0].evidence", "$.observed[1].indicator");
        assertThat(message(problems, "$.period")).contains("invalid Unicode").contains("U+D800");
        assertThat(message(problems, "$.department")).contains("control character").contains("U+0000");
        // Text that is refused is not quoted back (an unpaired surrogate cannot be written as UTF-8).
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("\ud800"));
    }

    @Test
    void whatTheFrameworkSaysIsCheckedForAssessingButNotTheTextWhichWasCheckedOnTheWayIn() {
        Review review = new Review("E\u0007", "milton-keynes", 1, "2026", "Rev\u0000enues", null,
                List.of(new Review.CompetencyRating("customer-focus", 3, "bell\u0007"),
                        new Review.CompetencyRating("customer-focus", 5, null)),
                List.of(new Review.ObservedBehaviour("customer-focus-n01", "a\ud800b"),
                        new Review.ObservedBehaviour("communication-n01", null),
                        new Review.ObservedBehaviour("x\u001b", null)));

        List<ReviewProblem> problems = new java.util.ArrayList<>();
        try {
            validator.frameworkOf(review);
        } catch (InvalidReview e) {
            problems.addAll(e.problems());
        }

        assertThat(problems).extracting(ReviewProblem::path).containsExactlyInAnyOrder("$.ratings[1].competency",
                "$.ratings[1].rating", "$.observed[1].indicator", "$.observed[2].indicator");
        // an id that cannot be quoted back is reported as the text it is, not as an unknown indicator
        assertThat(message(problems, "$.observed[2].indicator")).contains("control character").doesNotContain("\u001b");
        assertThat(problems(review)).extracting(ReviewProblem::path).contains("$.employeeId", "$.department",
                "$.ratings[0].comment", "$.observed[0].evidence", "$.observed[1].indicator");
        assertThat(validator.frameworkOf(review("milton-keynes", 1,
                List.of(new Review.CompetencyRating("customer-focus", 3, "bell\u0007")), List.of())).id())
                .isEqualTo("milton-keynes");
    }

    @Test
    void anInvalidFrameworkIdIsRefusedAndNotLookedUp() {
        assertThat(problems(review("milton\u0000keynes", 1, List.of(), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("control character"));
    }

    @Test
    void theReadersProblemsAndTheFrameworksAreReportedTogetherAtTheirPlaceInTheBody() {
        ReviewReading reading = new ReviewReader().read("""
                { "employeeId": "E1", "framework": "milton-keynes", "level": 1, "period": "banana", "departement": "x",
                  "ratings": [ {"competency": "customer-focus"}, {"competency": "no-such-competency", "rating": 9} ],
                  "observed": [ {"evidence": "none"}, {"indicator": "no-such-indicator"} ] }""");

        List<ReviewProblem> problems = new java.util.ArrayList<>();
        try {
            validator.check(reading);
        } catch (InvalidReview e) {
            problems.addAll(e.problems());
        }

        assertThat(problems).extracting(ReviewProblem::path).containsExactlyInAnyOrder("$.departement",
                "$.ratings[0].rating", "$.observed[0].indicator", "$.period",
                "$.ratings[1].competency", "$.ratings[1].rating", "$.observed[1].indicator");
    }

    @Test
    void aReadingWithoutProblemsGivesTheReview() {
        Review review = validator.check(new ReviewReader().read("""
                {"employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026-Q2"}"""));

        assertThat(review.period()).isEqualTo("2026-Q2");
    }

    private List<ReviewProblem> problems(Review review) {
        try {
            validator.validate(review);
        } catch (InvalidReview e) {
            return e.problems();
        }
        throw new AssertionError("expected the review to be rejected: " + review);
    }

    private static String message(List<ReviewProblem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().message();
    }

    private static Review withPeriod(String period) {
        return new Review("E1", "milton-keynes", 1, period, null, null, List.of(), List.of());
    }

    private static Review review(String framework, int level, List<Review.CompetencyRating> ratings,
                                 List<Review.ObservedBehaviour> observed) {
        return new Review("E1", framework, level, "2026", null, null, ratings, observed);
    }
}
