package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ladder.assessment.Assessment;
import io.cucumber.java.en.Then;

/** Checking the red flags of the assessment. */
@Topic(value = "Red flags", order = 3)
final class RedFlagSteps {

    private final ScenarioState state;

    RedFlagSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("they have a serious red flag for {string}")
    @Meaning(value = "The assessment has a red flag for the behaviour, and it is serious.",
            parameters = {"the behaviour, as the council writes it"})
    void seriousRedFlag(String behaviour) {
        severity(behaviour, "serious");
    }

    @Then("they have a red flag of concern for {string}")
    @Meaning(value = "The assessment has a red flag for the behaviour, and it is a concern (not serious).",
            parameters = {"the behaviour, as the council writes it"})
    void redFlagOfConcern(String behaviour) {
        severity(behaviour, "concern");
    }

    @Then("the red flag for {string} is serious because {string}")
    @Meaning(value = "The red flag for the behaviour is serious, and its explanation contains the words given.",
            parameters = {"the behaviour, as the council writes it", "words of the reason, as the rule writes it"})
    void seriousBecause(String behaviour, String reason) {
        Assessment.RedFlag flag = severity(behaviour, "serious");
        expect(flag.because().contains(reason), () -> "The red flag for \"" + behaviour + "\" is serious because "
                + flag.because() + "; the scenario expects the reason to say \"" + reason + "\".");
    }

    @Then("their red flags are:")
    @Meaning(value = "The assessment has exactly these red flags, in any order.",
            table = "one row per red flag, under the headings behaviour (as the council writes it) and severity"
                    + " (concern or serious)")
    void redFlagsAre(List<Map<String, String>> expected) {
        List<String> actual = new ArrayList<>();
        state.assessed().redFlags().forEach(f -> actual.add("\"" + f.text() + "\" (" + f.severity() + ")"));
        List<String> wanted = new ArrayList<>();
        expected.forEach(row -> wanted.add("\"" + row.get("behaviour") + "\" (" + row.get("severity") + ")"));
        expect(actual.size() == wanted.size() && actual.containsAll(wanted) && wanted.containsAll(actual),
                () -> "The red flags are " + describe(actual) + "; the scenario expects " + describe(wanted) + ".");
    }

    @Then("there are no red flags")
    @Meaning("The assessment has no red flag.")
    void noRedFlags() {
        List<String> actual = state.assessed().redFlags().stream().map(f -> "\"" + f.text() + "\" (" + f.severity() + ")").toList();
        expect(actual.isEmpty(), () -> "The assessment has red flags for " + describe(actual) + "; the scenario expects none.");
    }

    private Assessment.RedFlag severity(String behaviour, String severity) {
        List<Assessment.RedFlag> flags = state.assessed().redFlags().stream().filter(f -> f.text().equals(behaviour)).toList();
        expect(flags.size() == 1, () -> "There is no red flag for \"" + behaviour + "\"; the red flags are "
                + describe(state.assessment.redFlags().stream().map(f -> "\"" + f.text() + "\" (" + f.severity() + ")").toList()) + ".");
        Assessment.RedFlag flag = flags.get(0);
        expect(flag.severity().equals(severity), () -> "The red flag for \"" + behaviour + "\" is "
                + (flag.severity().equals("serious") ? "serious" : "a concern") + " (" + flag.because()
                + "); the scenario expects it to be " + (severity.equals("serious") ? "serious" : "a concern") + ".");
        return flag;
    }

    private static String describe(List<String> flags) {
        return flags.isEmpty() ? "none" : String.join(", ", flags);
    }
}
