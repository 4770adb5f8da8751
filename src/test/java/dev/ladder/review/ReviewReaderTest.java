package dev.ladder.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Structural problems of review JSON: every one reported, each with its JSON path. */
class ReviewReaderTest {

    private final ReviewReader reader = new ReviewReader();

    @Test
    void readsAWholeReview() {
        Review review = reader.read("""
                { "employeeId": "E1001", "framework": "milton-keynes", "level": 2, "period": "2026",
                  "department": "Revenues", "name": "Sam",
                  "ratings":  [ {"competency": "customer-focus", "rating": 3, "comment": "steady"} ],
                  "observed": [ {"indicator": "customer-focus-n01", "evidence": "snapped at a caller"} ] }""").orThrow();

        assertThat(review.employeeId()).isEqualTo("E1001");
        assertThat(review.level()).isEqualTo(2);
        assertThat(review.ratings()).containsExactly(new Review.CompetencyRating("customer-focus", 3, "steady"));
        assertThat(review.observed()).containsExactly(
                new Review.ObservedBehaviour("customer-focus-n01", "snapped at a caller"));
    }

    @Test
    void ratingsAndObservationsAreOptional() {
        Review review = reader.read("""
                {"employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026"}""").orThrow();

        assertThat(review.ratings()).isEmpty();
        assertThat(review.observed()).isEmpty();
    }

    @Test
    void malformedJsonSaysWhere() {
        assertMalformed("{\"employeeId\": \"E1\",\n \"level\": }", "malformed JSON at line 2, column");
    }

    @Test
    void anEmptyBodyOrANonObjectIsRejected() {
        assertThat(problems("")).extracting(ReviewProblem::path).containsExactly("$");
        assertThat(problems("[1, 2]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a JSON object"));
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        assertThat(problems("{}")).extracting(ReviewProblem::path)
                .containsExactlyInAnyOrder("$.employeeId", "$.framework", "$.level", "$.period");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreReportedTogether() {
        List<ReviewProblem> problems = problems("""
                { "employeeId": 7, "framework": "", "level": "two", "period": "2026", "ratting": [],
                  "ratings": [ {"competency": "customer-focus", "rating": 2.5}, {"rating": 3}, "x" ],
                  "observed": {"indicator": "a"} }""");

        assertThat(problems).extracting(ReviewProblem::path).containsExactlyInAnyOrder(
                "$.employeeId", "$.framework", "$.level", "$.ratting",
                "$.ratings[0].rating", "$.ratings[1].competency", "$.ratings[2]", "$.observed");
        assertThat(problems).filteredOn(p -> p.path().equals("$.level")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("whole number").contains("\"two\""));
        assertThat(problems).filteredOn(p -> p.path().equals("$.ratting")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown field").contains("ratings"));
    }

    @Test
    void anObservationWithoutIndicatorIsReported() {
        assertThat(problems("""
                {"employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026",
                 "observed": [ {"evidence": "no indicator"} ]}"""))
                .extracting(ReviewProblem::path).containsExactly("$.observed[0].indicator");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsPath() {
        List<ReviewProblem> problems = problems("""
                { "employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026", "employeeId": "E2",
                  "ratings": [ {"competency": "communication", "rating": 3, "rating": 1} ] }""");

        assertThat(problems).extracting(ReviewProblem::path).containsExactly("$.employeeId", "$.ratings[0].rating");
        assertThat(problems.get(0).message()).contains("duplicate key 'employeeId'").contains("line 1");
    }

    @Test
    void aKeyRepeatedInTheLastObjectIsFound() {
        // the first repeat is in the last object: found, and nothing before it lost
        List<ReviewProblem> problems = problems("""
                { "employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026",
                  "ratings": [ {"competency": "communication", "rating": 3} ],
                  "observed": [ {"indicator": "a"}, {"indicator": "b", "evidence": "x", "evidence": "y"} ] }""");

        assertThat(problems).extracting(ReviewProblem::path).containsExactly("$.observed[1].evidence");
        assertThat(problems.get(0).message()).contains("duplicate key 'evidence'").contains("line 3");
    }

    @Test
    void aRepeatedKeyBeforeMalformedJsonIsReportedAsMalformedJson() {
        assertMalformed("{ \"level\": 1, \"level\": 2, \"framework\": }", "malformed JSON at line 1");
    }

    @Test
    void aBodyWithoutRepeatsHasNoDuplicateKeyProblem() {
        assertThat(problems("""
                { "employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026",
                  "ratings": [ {"competency": "communication", "rating": 3}, {"competency": "x", "rating": 2} ] }"""))
                .isEmpty();
    }

    @Test
    void readingGoesOnPastAnUnknownField() {
        ReviewReading reading = reader.read("""
                { "employeeId": "E1", "framework": "cambridge", "level": 1, "period": "2026", "perod": "x",
                  "ratings": [ {"competency": "communication", "ratign": 3}, {"competency": "personal-effectiveness", "rating": 9} ] }""");

        assertThat(reading.problems()).extracting(ReviewProblem::path)
                .containsExactlyInAnyOrder("$.perod", "$.ratings[0].ratign", "$.ratings[0].rating");
        // What could be read is kept for the framework checks, with its place in the body.
        assertThat(reading.partial().ratings()).containsExactly(
                new Review.CompetencyRating("personal-effectiveness", 9, null));
        assertThat(reading.ratingPath(0)).isEqualTo("$.ratings[1]");
    }

    @Test
    void withoutFrameworkOrLevelThereIsNothingToCheckFurther() {
        assertThat(reader.read("{\"employeeId\": \"E1\", \"level\": 1}").partial()).isNull();
        assertThat(reader.read("[]").partial()).isNull();
    }

    private List<ReviewProblem> problems(String json) {
        return reader.read(json).problems();
    }

    /** One problem, for the whole body ({@code $}), whose message starts with {@code start}. */
    private void assertMalformed(String json, String start) {
        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith(start);
        });
    }

    @Test
    void theExceptionListsItsProblems() {
        assertThatThrownBy(() -> reader.read("{}").orThrow()).isInstanceOf(InvalidReview.class)
                .hasMessageContaining("4 problem(s)");
    }
}
