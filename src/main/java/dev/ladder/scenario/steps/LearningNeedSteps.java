package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.List;

import dev.ladder.assessment.Assessment;
import io.cucumber.java.en.Then;

/** Checking the learning needs, and the competencies not assessed. */
@Topic(value = "Learning needs", order = 4)
final class LearningNeedSteps {

    private final ScenarioState state;

    LearningNeedSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the learning need for {string} has priority {priority}")
    @Meaning(value = "The competency is a learning need of that priority.",
            parameters = {"the competency's title", "the priority of the need"})
    void needHasPriority(String competency, String priority) {
        Assessment.LearningNeed need = need(competency);
        expect(need.priority().equals(priority), () -> "The learning need for \"" + competency + "\" has priority "
                + need.priority() + "; the scenario expects " + priority + ".");
    }

    @Then("the learning need for {string} is explained by the rule {string}")
    @Meaning(value = "One of the reasons for the competency's learning need was given by the rule named.",
            parameters = {"the competency's title", "the rule's name, as written in rules/"})
    void needExplainedByRule(String competency, String rule) {
        List<String> rules = need(competency).reasons().stream().map(Rules::ruleOf).toList();
        expect(rules.contains(rule), () -> "The learning need for \"" + competency + "\" was found by the rules "
                + ScenarioState.quoted(rules) + ", not by \"" + rule + "\".");
    }

    @Then("there is no learning need for {string}")
    @Meaning(value = "The competency is not a learning need.", parameters = {"the competency's title"})
    void noNeedFor(String competency) {
        String id = state.competency(competency).id();
        state.assessed().learningNeeds().stream().filter(n -> n.competency().equals(id)).findFirst()
                .ifPresent(n -> {
                    throw new ScenarioFailure("\"" + competency + "\" is a learning need of priority " + n.priority()
                            + "; the scenario expects no learning need for it.");
                });
    }

    @Then("they have no learning needs")
    @Meaning("The assessment has no learning need.")
    void noNeeds() {
        List<String> needs = needs();
        expect(needs.isEmpty(), () -> "The learning needs are " + String.join(", ", needs) + "; the scenario expects none.");
    }

    @Then("their only learning need is {string}, with priority {priority}")
    @Meaning(value = "The assessment has exactly one learning need: this competency, with this priority.",
            parameters = {"the competency's title", "the priority of the need"})
    void onlyNeed(String competency, String priority) {
        List<String> needs = needs();
        String expected = "\"" + competency + "\" (" + priority + ")";
        expect(needs.equals(List.of(expected)), () -> "The learning needs are "
                + (needs.isEmpty() ? "none" : String.join(", ", needs)) + "; the scenario expects only " + expected + ".");
    }

    @Then("every competency of their level is a learning need of priority {priority}")
    @Meaning(value = "Each competency the employee's level expects is a learning need of that priority, and there is no other.",
            parameters = {"the priority of every need"})
    void everyCompetencyIsANeed(String priority) {
        List<String> expected = state.currentLevel.competencies().stream()
                .map(c -> "\"" + c.title() + "\" (" + priority + ")").toList();
        List<String> needs = needs();
        expect(needs.size() == expected.size() && needs.containsAll(expected), () -> "The learning needs are "
                + String.join(", ", needs) + "; the scenario expects " + String.join(", ", expected) + ".");
    }

    @Then("the only competency not assessed is {string}")
    @Meaning(value = "The assessment lists exactly one competency of the level as not assessed: this one.",
            parameters = {"the competency's title"})
    void onlyNotAssessed(String competency) {
        List<String> notAssessed = state.assessed().notAssessed().stream().map(state::titleOf).toList();
        expect(notAssessed.equals(List.of(competency)), () -> "The competencies not assessed are "
                + ScenarioState.quoted(notAssessed) + "; the scenario expects only \"" + competency + "\".");
    }

    @Then("no competency is listed as not assessed")
    @Meaning("The assessment lists no competency as not assessed.")
    void nothingNotAssessed() {
        List<String> notAssessed = state.assessed().notAssessed().stream().map(state::titleOf).toList();
        expect(notAssessed.isEmpty(), () -> "The competencies not assessed are " + ScenarioState.quoted(notAssessed)
                + "; the scenario expects none.");
    }

    /** The needs as "TITLE" (priority). */
    private List<String> needs() {
        return state.assessed().learningNeeds().stream()
                .map(n -> "\"" + state.titleOf(n.competency()) + "\" (" + n.priority() + ")").toList();
    }

    Assessment.LearningNeed need(String competency) {
        String id = state.competency(competency).id();
        return state.assessed().learningNeeds().stream().filter(n -> n.competency().equals(id)).findFirst()
                .orElseThrow(() -> new ScenarioFailure("\"" + competency + "\" is not a learning need; the learning needs are "
                        + (needs().isEmpty() ? "none" : String.join(", ", needs())) + "."));
    }
}
