package dev.ladder.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.web.ApiClient;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import tools.jackson.databind.JsonNode;

/** Browsing frameworks, in the words of the feature; each step is one API call or one check. */
public class FrameworkSteps {

    @LocalServerPort
    int port;
    private ApiClient.Response response;
    private JsonNode competency;

    @When("I list the competency frameworks")
    public void listFrameworks() {
        response = api().get("/api/frameworks");
    }

    @When("I look at the {string} framework")
    public void lookAtFramework(String framework) {
        response = api().get("/api/frameworks/" + framework);
    }

    @When("I look at level {int} of the {string} framework")
    public void lookAtLevel(int level, String framework) {
        response = api().get("/api/frameworks/" + framework + "/levels/" + level);
    }

    @When("I look at the competency {string} of the {string} framework")
    public void lookAtCompetency(String title, String framework) {
        lookAtFramework(framework);
        competency = competencies().stream().filter(c -> c.get("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no competency titled " + title));
    }

    @Then("I see these frameworks:")
    public void iSeeFrameworks(List<Map<String, String>> expected) {
        List<Map<String, String>> actual = new ArrayList<>();
        response.body().forEach(f -> actual.add(Map.of("framework", f.get("id").asString(),
                "council", f.get("council").asString(), "levels", String.valueOf(f.get("levels").size()))));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Then("it expects {int} competencies, {int} positive behaviours and {int} red flags")
    public void itExpects(int competencies, int positive, int redFlags) {
        assertThat(competencies()).hasSize(competencies);
        assertThat(behaviours("positive")).hasSize(positive);
        assertThat(behaviours("negative")).hasSize(redFlags);
    }

    @Then("every behaviour was introduced at level {int}, {int} or {int}")
    public void everyBehaviourIntroducedAt(int a, int b, int c) {
        List<Integer> levels = new ArrayList<>();
        competencies().forEach(comp -> comp.get("indicators").forEach(i -> levels.add(i.get("level").asInt())));
        assertThat(levels).containsOnly(a, b, c).contains(a, b, c);
    }

    @Then("the competency {string} is included")
    public void competencyIncluded(String title) {
        assertThat(titles()).contains(title);
    }

    @Then("the competency {string} is not included")
    public void competencyNotIncluded(String title) {
        assertThat(titles()).isNotEmpty().doesNotContain(title);
    }

    @Then("every competency comes from the section {string}")
    public void everyCompetencyFromSection(String section) {
        assertThat(competencies()).isNotEmpty().allSatisfy(c -> assertThat(c.get("section").asString()).isEqualTo(section));
    }

    @Then("its red flags include:")
    public void redFlagsInclude(List<String> expected) {
        List<String> redFlags = new ArrayList<>();
        competency.get("indicators").forEach(i -> {
            if (i.get("polarity").asString().equals("negative")) {
                redFlags.add(i.get("text").asString());
            }
        });
        assertThat(redFlags).containsAll(expected);
    }

    @Then("I am told that no framework {string} exists")
    public void toldNoFramework(String framework) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).contains("No framework with id '" + framework + "'");
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private List<JsonNode> competencies() {
        assertThat(response.status()).as("HTTP status").isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        response.body().get("competencies").forEach(list::add);
        return list;
    }

    private List<String> titles() {
        return competencies().stream().map(c -> c.get("title").asString()).toList();
    }

    private List<String> behaviours(String polarity) {
        List<String> texts = new ArrayList<>();
        competencies().forEach(c -> c.get("indicators").forEach(i -> {
            if (i.get("polarity").asString().equals(polarity)) {
                texts.add(i.get("text").asString());
            }
        }));
        return texts;
    }
}
