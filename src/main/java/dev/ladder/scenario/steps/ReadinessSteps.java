package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.List;

import dev.ladder.assessment.Assessment;
import io.cucumber.java.en.Then;

/** Checking readiness for the next level and the gaps towards it. */
@Topic(value = "Readiness", order = 6)
final class ReadinessSteps {

    private final ScenarioState state;

    ReadinessSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("readiness for level {int} is {verdict}")
    @Meaning(value = "The readiness verdict, for the level named.",
            parameters = {"the level readiness is judged for (the one above the employee's)", "the verdict"})
    void readinessIs(int level, String verdict) {
        Assessment.Readiness readiness = state.assessed().readiness();
        expect(readiness.status().equals(verdict), () -> "Readiness is " + readiness.status() + " (" + readiness.because()
                + "); the scenario expects " + verdict + ".");
        expect(readiness.targetLevel() != null && readiness.targetLevel() == level, () -> "Readiness is judged for level "
                + readiness.targetLevel() + "; the scenario expects level " + level + ".");
    }

    @Then("readiness is TOP_LEVEL, as there is no higher level")
    @Meaning("The employee is at the top of their framework: readiness is TOP_LEVEL, for no level.")
    void readinessIsTopLevel() {
        Assessment.Readiness readiness = state.assessed().readiness();
        expect(readiness.status().equals("TOP_LEVEL") && readiness.targetLevel() == null, () -> "Readiness is "
                + readiness.status() + " for level " + readiness.targetLevel() + " (" + readiness.because()
                + "); the scenario expects TOP_LEVEL.");
    }

    @Then("the readiness verdict was reached by the rule {string}")
    @Meaning(value = "The rule named gave the readiness verdict.", parameters = {"the rule's name, as written in rules/"})
    void verdictReachedBy(String rule) {
        String because = state.assessed().readiness().because();
        expect(Rules.ruleOf(because).equals(rule), () -> "The readiness verdict was reached by the rule \""
                + Rules.ruleOf(because) + "\"; the scenario expects \"" + rule + "\".");
    }

    @Then("there are no gaps")
    @Meaning("Readiness lists no gap.")
    void noGaps() {
        List<String> gaps = gapTitles();
        expect(gaps.isEmpty(), () -> "Readiness lists the gaps " + ScenarioState.quoted(gaps) + "; the scenario expects none.");
    }

    @Then("the gaps are:")
    @Meaning(value = "Readiness lists exactly these gaps, in any order.",
            table = "one competency title per row")
    void theGapsAre(List<String> competencies) {
        List<String> gaps = gapTitles();
        expect(gaps.size() == competencies.size() && gaps.containsAll(competencies), () -> "The gaps are "
                + ScenarioState.quoted(gaps) + "; the scenario expects " + ScenarioState.quoted(competencies) + ".");
    }

    @Then("the gap in {string} shows {int} of the {int} behaviours the next level introduces")
    @Meaning(value = "In the gap, how many of the behaviours the next level introduces in the competency were shown, of how many.",
            parameters = {"the title of a competency of the next level", "how many were shown", "how many the next level introduces"})
    void gapShows(String competency, int shown, int required) {
        Assessment.Gap gap = gap(competency);
        expect(gap.shown() == shown && gap.required() == required, () -> "The gap in \"" + competency + "\" shows "
                + gap.shown() + " of the " + gap.required() + " behaviours; the scenario expects " + shown + " of " + required + ".");
    }

    @Then("the behaviours still to show in {string} are:")
    @Meaning(value = "The gap lists exactly these behaviours still to show, in the framework's order.",
            parameters = {"the title of a competency of the next level"},
            table = "one behaviour per row, as the council writes it")
    void stillToShow(String competency, List<String> behaviours) {
        Assessment.Gap gap = gap(competency);
        List<String> texts = gap.missingBehaviours().stream().map(Assessment.Behaviour::text).toList();
        expect(texts.equals(behaviours), () -> "The behaviours still to show in \"" + competency + "\" are "
                + ScenarioState.quoted(texts) + "; the scenario expects " + ScenarioState.quoted(behaviours) + ".");
        List<String> byId = gap.missingIndicators().stream().map(state::textOf).toList();
        expect(byId.equals(texts), () -> "The gap in \"" + competency + "\" lists the behaviours " + ScenarioState.quoted(texts)
                + " by text but " + ScenarioState.quoted(byId) + " by id.");
    }

    @Then("the gap in {string} says {string}")
    @Meaning(value = "The explanation of the gap contains the words given.",
            parameters = {"the title of a competency of the next level", "words of the explanation"})
    void gapSays(String competency, String words) {
        Assessment.Gap gap = gap(competency);
        expect(gap.because().contains(words), () -> "The gap in \"" + competency + "\" says " + gap.because()
                + "; the scenario expects it to say \"" + words + "\".");
    }

    @Then("the gap in {string} asks for {int} more of its {int} behaviours still to show")
    @Meaning(value = "How many more behaviours must be shown in the competency to reach the readiness threshold,"
            + " of how many still to show.",
            parameters = {"the title of a competency of the next level", "how many more must be shown",
                    "how many behaviours are still to show"})
    void gapAsksFor(String competency, int needed, int missing) {
        Assessment.Gap gap = gap(competency);
        expect(gap.needed() != null && gap.needed() == needed && gap.missingBehaviours().size() == missing,
                () -> "The gap in \"" + competency + "\" asks for " + gap.needed() + " more of its "
                        + gap.missingBehaviours().size() + " behaviours still to show; the scenario expects "
                        + needed + " more of " + missing + ".");
    }

    private List<String> gapTitles() {
        return state.assessed().readiness().gaps().stream().map(g -> state.titleOf(g.competency())).toList();
    }

    private Assessment.Gap gap(String competency) {
        String id = state.nextLevelCompetency(competency).id();
        return state.assessed().readiness().gaps().stream().filter(g -> g.competency().equals(id)).findFirst()
                .orElseThrow(() -> new ScenarioFailure("There is no gap in \"" + competency + "\"; the gaps are "
                        + ScenarioState.quoted(gapTitles()) + "."));
    }
}
