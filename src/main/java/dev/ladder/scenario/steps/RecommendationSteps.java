package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.List;
import java.util.Objects;

import dev.ladder.assessment.Assessment;
import dev.ladder.catalogue.Recommendation;
import io.cucumber.java.en.Then;

/** Checking the learning resources recommended for each need. */
@Topic(value = "Recommendations", order = 5)
final class RecommendationSteps {

    private final ScenarioState state;
    private final LearningNeedSteps needs;

    RecommendationSteps(ScenarioState state) {
        this.state = state;
        this.needs = new LearningNeedSteps(state);
    }

    @Then("the learning need for {string} has between {int} and {int} recommendations")
    @Meaning(value = "The competency is a learning need with that many recommended resources.",
            parameters = {"the competency's title", "the fewest recommendations", "the most recommendations"})
    void needHasRecommendations(String competency, int least, int most) {
        List<Recommendation> recommendations = recommendations(competency);
        expect(recommendations.size() >= least && recommendations.size() <= most, () -> "The learning need for \""
                + competency + "\" has " + recommendations.size() + " recommendation(s) (" + titles(recommendations)
                + "); the scenario expects between " + least + " and " + most + ".");
    }

    @Then("the recommendations for {string} are of at least {int} different types")
    @Meaning(value = "The resources recommended for the competency's need are of that many types or more"
            + " (course, coaching, on-the-job…).", parameters = {"the competency's title", "the fewest types"})
    void recommendationTypes(String competency, int types) {
        List<String> found = recommendations(competency).stream().map(Recommendation::type).distinct().toList();
        expect(found.size() >= types, () -> "The recommendations for \"" + competency + "\" are of the types "
                + String.join(", ", found) + "; the scenario expects at least " + types + " different types.");
    }

    @Then("the recommendations for {string} draw on at least {int} of the 70-20-10 ways of learning")
    @Meaning(value = "The resources recommended for the competency's need are of that many 70-20-10 ways of"
            + " learning or more (on the job, from others, formal).", parameters = {"the competency's title", "the fewest ways"})
    void recommendationWays(String competency, int ways) {
        List<String> found = recommendations(competency).stream().map(Recommendation::mode).filter(Objects::nonNull)
                .distinct().map(m -> m.label()).toList();
        expect(found.size() >= ways, () -> "The recommendations for \"" + competency + "\" draw on "
                + (found.isEmpty() ? "no way of learning" : String.join(", ", found)) + "; the scenario expects at least "
                + ways + " of the 70-20-10 ways of learning.");
    }

    @Then("the first recommendation for {string} is {string}")
    @Meaning(value = "The first resource recommended for the competency's need is the one named.",
            parameters = {"the competency's title", "the resource's title, as the learning catalogue writes it"})
    void firstRecommendation(String competency, String title) {
        List<Recommendation> recommendations = recommendations(competency);
        expect(!recommendations.isEmpty() && recommendations.get(0).title().equals(title), () -> "The recommendations for \""
                + competency + "\" are " + titles(recommendations) + "; the scenario expects \"" + title + "\" first.");
    }

    @Then("every high or medium learning need has at least one recommendation")
    @Meaning("There is at least one high or medium learning need, and each has a recommended resource.")
    void everyUrgentNeedHasARecommendation() {
        List<Assessment.LearningNeed> urgent = state.assessed().learningNeeds().stream()
                .filter(n -> !n.priority().equals("low")).toList();
        expect(!urgent.isEmpty(), "The assessment has no high or medium learning need; the scenario expects some.");
        List<String> without = urgent.stream().filter(n -> n.recommendations().isEmpty())
                .map(n -> state.titleOf(n.competency())).toList();
        expect(without.isEmpty(), () -> "No resource is recommended for the learning needs " + ScenarioState.quoted(without) + ".");
    }

    @Then("no learning need has more than {int} recommendations")
    @Meaning(value = "Every learning need has at most that many recommended resources.", parameters = {"the most recommendations"})
    void noNeedHasMoreThan(int most) {
        List<String> over = state.assessed().learningNeeds().stream().filter(n -> n.recommendations().size() > most)
                .map(n -> "\"" + state.titleOf(n.competency()) + "\" (" + n.recommendations().size() + ")").toList();
        expect(over.isEmpty(), () -> "These learning needs have more than " + most + " recommendations: "
                + String.join(", ", over) + ".");
    }

    @Then("every recommendation names its 70-20-10 way of learning")
    @Meaning("There are recommendations, and each says which 70-20-10 way of learning it is (mode, and in its reason).")
    void everyRecommendationNamesItsMode() {
        List<Recommendation> all = state.assessed().learningNeeds().stream().flatMap(n -> n.recommendations().stream()).toList();
        expect(!all.isEmpty(), "No resource is recommended; the scenario expects recommendations.");
        for (Recommendation r : all) {
            expect(r.mode() != null, () -> "The recommendation \"" + r.title() + "\" names no 70-20-10 way of learning.");
            expect(r.because() != null && r.because().contains(r.mode().label()), () -> "The reason for recommending \""
                    + r.title() + "\" (" + r.because() + ") does not say it is " + r.mode().label() + ".");
        }
    }

    private List<Recommendation> recommendations(String competency) {
        return needs.need(competency).recommendations();
    }

    private static String titles(List<Recommendation> recommendations) {
        return ScenarioState.quoted(recommendations.stream().map(Recommendation::title).toList());
    }
}
