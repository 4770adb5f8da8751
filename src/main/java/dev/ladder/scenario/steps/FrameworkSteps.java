package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Polarity;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Looking up what a council's framework expects, as the frameworks being served hold it. */
@Topic(value = "Browsing frameworks", order = 8)
final class FrameworkSteps {

    private final ScenarioState state;
    private List<Framework> listed;
    private Framework lookedAt;
    private String notFound;
    private Competency competency;

    FrameworkSteps(ScenarioState state) {
        this.state = state;
    }

    @When("I list the competency frameworks")
    @Meaning("Lists the frameworks being served, by id.")
    void listFrameworks() {
        listed = List.copyOf(state.frameworks.all());
    }

    @When("I look at the {string} framework")
    @Meaning(value = "Looks up a framework, with every competency and behaviour.", parameters = {"the framework's id"})
    void lookAtFramework(String framework) {
        lookedAt = state.frameworks.find(framework).orElse(null);
        notFound = lookedAt == null ? framework : null;
    }

    @When("I look at level {int} of the {string} framework")
    @Meaning(value = "Looks up what one level of a framework expects: its competencies, each with the behaviours"
            + " introduced at that level or below.", parameters = {"the level's rank", "the framework's id"})
    void lookAtLevel(int level, String framework) {
        lookAtFramework(framework);
        expect(lookedAt != null, () -> "There is no framework \"" + framework + "\".");
        Framework found = lookedAt;
        expect(found.level(level).isPresent(), () -> "The " + found.council() + " framework has no level " + level + ".");
        lookedAt = found.expectedAt(level);
    }

    @When("I look at the competency {string} of the {string} framework")
    @Meaning(value = "Looks up one competency of a framework.", parameters = {"the competency's title", "the framework's id"})
    void lookAtCompetency(String title, String framework) {
        lookAtFramework(framework);
        competency = competencies().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new ScenarioFailure("The \"" + framework + "\" framework has no competency \"" + title + "\"."));
    }

    @Then("I see these frameworks:")
    @Meaning(value = "The frameworks listed are exactly these, in this order.",
            table = "one row per framework, under the headings framework (its id), council and levels (how many)")
    void iSeeFrameworks(List<Map<String, String>> expected) {
        expect(listed != null, "The scenario has not listed the frameworks (\"When I list the competency frameworks\").");
        List<String> actual = new ArrayList<>();
        listed.forEach(f -> actual.add(f.id() + " | " + f.council() + " | " + f.levels().size()));
        List<String> wanted = new ArrayList<>();
        expected.forEach(r -> wanted.add(r.get("framework") + " | " + r.get("council") + " | " + r.get("levels")));
        expect(actual.equals(wanted), () -> "The frameworks are " + String.join("; ", actual) + "; the scenario expects "
                + String.join("; ", wanted) + ".");
    }

    @Then("it expects {int} competencies, {int} positive behaviours and {int} red flags")
    @Meaning(value = "What the level (or framework) looked at expects, counted.",
            parameters = {"how many competencies", "how many positive behaviours", "how many red-flag behaviours"})
    void itExpects(int competencies, int positive, int redFlags) {
        int c = competencies().size();
        int p = behaviours(Polarity.POSITIVE).size();
        int n = behaviours(Polarity.NEGATIVE).size();
        expect(c == competencies && p == positive && n == redFlags, () -> "It expects " + c + " competencies, " + p
                + " positive behaviours and " + n + " red flags; the scenario expects " + competencies + ", " + positive
                + " and " + redFlags + ".");
    }

    @Then("every behaviour was introduced at level {int}, {int} or {int}")
    @Meaning(value = "The behaviours looked at were introduced at these three levels, each at least once, and at no other.",
            parameters = {"a level", "a level", "a level"})
    void everyBehaviourIntroducedAt(int a, int b, int c) {
        TreeSet<Integer> levels = new TreeSet<>();
        competencies().forEach(comp -> comp.indicators().forEach(i -> levels.add(i.level())));
        expect(levels.equals(new TreeSet<>(List.of(a, b, c))), () -> "The behaviours were introduced at the levels "
                + levels + "; the scenario expects " + a + ", " + b + " and " + c + ".");
    }

    @Then("the competency {string} is included")
    @Meaning(value = "The competency is among those looked at.", parameters = {"the competency's title"})
    void competencyIncluded(String title) {
        expect(titles().contains(title), () -> "\"" + title + "\" is not among the competencies " + ScenarioState.quoted(titles()) + ".");
    }

    @Then("the competency {string} is not included")
    @Meaning(value = "There are competencies, and this one is not among them.", parameters = {"the competency's title"})
    void competencyNotIncluded(String title) {
        expect(!titles().isEmpty() && !titles().contains(title), () -> "\"" + title + "\" is among the competencies;"
                + " the scenario expects it not to be.");
    }

    @Then("every competency comes from the section {string}")
    @Meaning(value = "There are competencies, and each is in the section named.", parameters = {"the section's title"})
    void everyCompetencyFromSection(String section) {
        List<String> others = competencies().stream().filter(c -> !section.equals(c.section()))
                .map(c -> c.title() + " (" + c.section() + ")").toList();
        expect(!competencies().isEmpty() && others.isEmpty(), () -> "Not every competency comes from \"" + section
                + "\": " + String.join(", ", others) + ".");
    }

    @Then("its red flags include:")
    @Meaning(value = "The competency looked at has these red-flag behaviours, among others.",
            table = "one behaviour per row, as the council writes it")
    void redFlagsInclude(List<String> expected) {
        expect(competency != null, "The scenario has not looked at a competency.");
        List<String> redFlags = competency.indicators().stream().filter(i -> i.polarity() == Polarity.NEGATIVE)
                .map(i -> i.text()).toList();
        List<String> missing = expected.stream().filter(t -> !redFlags.contains(t)).toList();
        expect(missing.isEmpty(), () -> "\"" + competency.title() + "\" has no red flag " + ScenarioState.quoted(missing) + ".");
    }

    @Then("I am told that no framework {string} exists")
    @Meaning(value = "The framework looked up does not exist.", parameters = {"the framework's id"})
    void toldNoFramework(String framework) {
        expect(lookedAt == null && framework.equals(notFound), () -> "The framework \"" + framework
                + "\" was found; the scenario expects it not to exist.");
    }

    private List<Competency> competencies() {
        expect(lookedAt != null, () -> notFound == null ? "The scenario has not looked at a framework."
                : "There is no framework \"" + notFound + "\"; the frameworks are "
                + state.frameworks.all().stream().map(Framework::id).toList() + ".");
        return lookedAt.competencies();
    }

    private List<String> titles() {
        return competencies().stream().map(Competency::title).toList();
    }

    private List<String> behaviours(Polarity polarity) {
        List<String> texts = new ArrayList<>();
        competencies().forEach(c -> c.indicators().forEach(i -> {
            if (i.polarity() == polarity) {
                texts.add(i.text());
            }
        }));
        return texts;
    }
}
