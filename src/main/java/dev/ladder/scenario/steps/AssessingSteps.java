package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;
import dev.ladder.review.ReviewReader;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Assessing the review with the rule set under test, as {@code POST /api/assessments} does (read,
 * checked against the framework, assessed), and the problems of a review that cannot be assessed.
 */
@Topic(value = "Assessing the review", order = 2)
final class AssessingSteps {

    private final ScenarioState state;

    AssessingSteps(ScenarioState state) {
        this.state = state;
    }

    @When("the review is assessed")
    @Meaning("Checks the review against its framework and assesses it with the rule set under test (with the"
            + " previous review, if the scenario wrote one); or keeps the problems it was rejected with.")
    void theReviewIsAssessed() {
        ReviewReader reader = new ReviewReader();
        try {
            Review review = state.validator.check(reader.read(state.review().json()));
            Optional<Review> previous = state.previous == null ? Optional.empty()
                    : Optional.of(state.validator.check(reader.read(state.previous.json())));
            state.assessment = state.assessor.assess(review, previous, state.rules, state.firedRules);
        } catch (InvalidReview e) {
            state.problems = e.problems();
        } catch (RuntimeException e) {
            throw new ScenarioFailure("The rules could not assess the review: " + ScenarioFailure.plain(e));
        }
    }

    @Then("the review is rejected with the problems:")
    @Meaning(value = "The review was not assessed, and was rejected with exactly these problems.",
            table = "one row per problem, under the headings where (the JSON path in the review, such as"
                    + " $.ratings[0].rating) and says (words the problem's message contains)")
    void rejectedWith(List<Map<String, String>> expected) {
        expect(state.assessment == null && state.problems != null, "The review was assessed, but the scenario"
                + " expects it to be rejected.");
        List<ReviewProblem> problems = state.problems;
        expect(problems.size() == expected.size(), () -> "The review was rejected with " + problems.size()
                + " problem(s), but the scenario expects " + expected.size() + ": " + ScenarioState.describe(problems) + ".");
        for (Map<String, String> problem : expected) {
            expect(problems.stream().anyMatch(p -> p.path().equals(problem.get("where"))
                    && p.message().contains(problem.get("says"))), () -> "No problem at " + problem.get("where")
                    + " says \"" + problem.get("says") + "\"; the problems are: " + ScenarioState.describe(problems) + ".");
        }
    }

    @Then("nothing was assessed")
    @Meaning("The review has no assessment: no red flags, needs or readiness.")
    void nothingAssessed() {
        expect(state.assessment == null, "The review was assessed, but the scenario expects no assessment.");
    }
}
