package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.ArrayList;
import java.util.List;

import dev.ladder.assessment.Assessment;
import io.cucumber.java.en.Then;

/** Checking that the assessment explains itself and says what it is of. */
@Topic(value = "Explanations", order = 7)
final class ExplanationSteps {

    private final ScenarioState state;

    ExplanationSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("every red flag, need and readiness verdict says which rule concluded it")
    @Meaning("Every explanation in the assessment (red flags, reasons for needs, readiness and its gaps) starts with"
            + " Rule \"<name>\": and names a rule of the rule set under test.")
    void everyConclusionNamesItsRule() {
        Assessment assessment = state.assessed();
        List<String> becauses = new ArrayList<>();
        assessment.redFlags().forEach(f -> becauses.add(f.because()));
        assessment.learningNeeds().forEach(n -> becauses.addAll(n.reasons()));
        becauses.add(assessment.readiness().because());
        assessment.readiness().gaps().forEach(g -> becauses.add(g.because()));
        for (String because : becauses) {
            String rule = Rules.ruleOf(because);
            expect(state.rules.rules().contains(rule), () -> "The explanation \"" + because + "\" names the rule \""
                    + rule + "\", which the rule set does not have.");
        }
    }

    @Then("the assessment names the employee, their framework, level and period, and the version of the rules that assessed it")
    @Meaning("The assessment carries the review's employee, framework, level and period, and the version of the"
            + " rule set under test.")
    void assessmentNamesItsSubjectAndRules() {
        Assessment a = state.assessed();
        expect(a.employeeId().equals("E1001") && a.framework().equals(state.framework.id()) && a.level() == state.level
                && a.period().equals("2026"), () -> "The assessment is of " + a.employeeId() + ", " + a.framework()
                + " level " + a.level() + ", " + a.period() + "; the scenario expects E1001, " + state.framework.id()
                + " level " + state.level + ", 2026.");
        expect(state.rules.version().equals(a.ruleSetVersion()), () -> "The assessment names the rules version "
                + a.ruleSetVersion() + "; the scenario ran with " + state.rules.version() + ".");
    }
}
