package dev.ladder.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.assessment.Assessor;
import dev.ladder.catalogue.LearningMode;
import dev.ladder.organisation.Csv;
import dev.ladder.review.ReviewReader;
import dev.ladder.web.ApiClient;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessing a review, in the words of the assessment features. Scenarios name competencies and
 * behaviours as the council writes them; these steps look the ids up in the served framework
 * ({@code GET /api/frameworks/{id}}), build the review JSON, and check one thing at a time.
 */
public class AssessmentSteps {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The 70-20-10 way of learning of each resource type, as the policy groups them. */
    private static final Map<String, String> WAY_OF_LEARNING = Map.of(
            "on-the-job", "on the job",
            "coaching", "from others", "mentoring", "from others", "shadowing", "from others",
            "course", "formal", "e-learning", "formal", "reading", "formal");
    private static final Pattern BECAUSE = Pattern.compile("^Rule \"([^\"]+)\": .+", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    Assessor assessor;

    private JsonNode framework;
    private JsonNode currentLevel;
    private JsonNode nextLevel;
    private ReviewBuilder review;
    private ReviewBuilder previous;
    private int status;
    private JsonNode assessment;

    // ------------------------------------------------------------------ the review

    @Given("^an? (Cambridge|Milton Keynes|Leicester) employee at level (\\d+)$")
    public void anEmployee(String council, int level) {
        String id = list(get("/api/frameworks")).stream()
                .filter(f -> f.get("council").asString().startsWith(council)).map(f -> f.get("id").asString())
                .findFirst().orElseThrow(() -> new AssertionError("no framework of the council " + council));
        framework = get("/api/frameworks/" + id);
        currentLevel = get("/api/frameworks/" + id + "/levels/" + level);
        boolean hasNext = list(framework.get("levels")).stream().anyMatch(l -> l.get("rank").asInt() == level + 1);
        nextLevel = hasNext ? get("/api/frameworks/" + id + "/levels/" + (level + 1)) : null;
        review = new ReviewBuilder(id, level, "2026");
    }

    @Given("they are rated {int} in every competency of their level")
    public void ratedInEveryCompetency(int rating) {
        list(currentLevel.get("competencies")).forEach(c -> review.rated(c.get("id").asString(), rating));
    }

    @Given("they are rated {int} in {string}")
    public void ratedIn(int rating, String competency) {
        review.rated(competencyId(competency), rating);
    }

    @Given("{string} was not rated")
    public void notRated(String competency) {
        review.unrated(competencyId(competency));
    }

    @Given("{string} was neither rated nor observed")
    public void neitherRatedNorObserved(String competency) {
        String id = competencyId(competency);
        review.unrated(id);
        list(findCompetency(competency, currentLevel, nextLevel, framework).get("indicators"))
                .forEach(i -> review.unobserved(i.get("id").asString()));
    }

    @Given("the reviewer observed {string}")
    public void observed(String behaviour) {
        review.observed(indicatorId(behaviour, null));
    }

    @Given("the reviewer observed {string} in {string}")
    public void observedIn(String behaviour, String competency) {
        review.observed(indicatorId(behaviour, competency));
    }

    @Given("the reviewer observed every next-level behaviour of {string}")
    public void observedEveryNextLevelBehaviourOf(String competency) {
        nextLevelBehaviours(nextLevelCompetency(competency)).forEach(i -> review.observed(i.get("id").asString()));
    }

    @Given("the reviewer observed every next-level behaviour, except those of {string}")
    public void observedEveryNextLevelBehaviourExcept(String competency) {
        JsonNode except = nextLevelCompetency(competency);
        list(nextLevel.get("competencies")).stream().filter(c -> !c.get("id").equals(except.get("id")))
                .flatMap(c -> nextLevelBehaviours(c).stream()).forEach(i -> review.observed(i.get("id").asString()));
    }

    @Given("the reviewer observed half of the next-level behaviours in every competency of the next level")
    public void observedHalfOfTheNextLevelBehaviours() {
        for (JsonNode competency : list(nextLevel.get("competencies"))) {
            List<JsonNode> behaviours = nextLevelBehaviours(competency);
            behaviours.subList(0, (behaviours.size() + 1) / 2).forEach(i -> review.observed(i.get("id").asString()));
        }
    }

    @Given("their previous review in {string} recorded {string}")
    public void previousReviewRecorded(String period, String behaviour) {
        if (previous == null) {
            previous = new ReviewBuilder(review.framework(), review.level(), period);
        }
        previous.observed(indicatorId(behaviour, null));
    }

    @Given("the review records the behaviour id {string}")
    public void recordsBehaviourId(String indicator) {
        review.observed(indicator);
    }

    // ------------------------------------------------------------------ assessing it

    /** Over HTTP; with a previous review, through the engine, since the API stores no reviews yet. */
    @When("the review is assessed")
    public void theReviewIsAssessed() {
        if (previous == null) {
            ApiClient.Response response = new ApiClient(port).post("/api/assessments", review.json());
            status = response.status();
            assessment = response.body();
        } else {
            ReviewReader reader = new ReviewReader();
            status = 200;
            assessment = JSON.valueToTree(assessor.assess(reader.read(review.json()).orThrow(), Optional.of(reader.read(previous.json()).orThrow())));
        }
    }

    // ------------------------------------------------------------------ red flags

    @Then("^they have a (serious red flag|red flag of concern) for \"([^\"]*)\"$")
    public void theyHaveARedFlag(String kind, String behaviour) {
        assertThat(redFlag(behaviour).get("severity").asString()).as("severity of the red flag for " + behaviour)
                .isEqualTo(kind.startsWith("serious") ? "serious" : "concern");
    }

    @Then("the red flag for {string} is serious because {string}")
    public void redFlagSeriousBecause(String behaviour, String reason) {
        JsonNode flag = redFlag(behaviour);
        assertThat(flag.get("severity").asString()).isEqualTo("serious");
        assertThat(flag.get("because").asString()).contains(reason);
    }

    @Then("their red flags are:")
    public void theirRedFlagsAre(List<Map<String, String>> expected) {
        List<Map<String, String>> actual = list(assessed().get("redFlags")).stream()
                .map(f -> Map.of("behaviour", f.get("text").asString(), "severity", f.get("severity").asString())).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("there are no red flags")
    public void noRedFlags() {
        assertThat(list(assessed().get("redFlags"))).isEmpty();
    }

    // ------------------------------------------------------------------ learning needs

    @Then("the learning need for {string} has priority {word}")
    public void needHasPriority(String competency, String priority) {
        assertThat(need(competency).get("priority").asString()).as("priority of the need for " + competency)
                .isEqualTo(priority);
    }

    @Then("the learning need for {string} is explained by the rule {string}")
    public void needExplainedByRule(String competency, String rule) {
        assertThat(list(need(competency).get("reasons")).stream().map(r -> ruleOf(r.asString())))
                .as("rules behind the need for " + competency).contains(rule);
    }

    @Then("there is no learning need for {string}")
    public void noNeedFor(String competency) {
        String id = competencyId(competency);
        assertThat(needs().stream().map(n -> n.get("competency").asString())).doesNotContain(id);
    }

    @Then("they have no learning needs")
    public void noNeeds() {
        assertThat(needs().stream().map(n -> titleOf(n.get("competency").asString()) + " (" + n.get("priority").asString() + ")"))
                .isEmpty();
    }

    @Then("their only learning need is {string}, with priority {word}")
    public void onlyNeed(String competency, String priority) {
        assertThat(needs().stream().map(n -> titleOf(n.get("competency").asString()) + " (" + n.get("priority").asString() + ")"))
                .containsExactly(competency + " (" + priority + ")");
    }

    @Then("every competency of their level is a learning need of priority {word}")
    public void everyCompetencyIsANeed(String priority) {
        List<String> expected = list(currentLevel.get("competencies")).stream()
                .map(c -> c.get("title").asString() + " (" + priority + ")").toList();
        assertThat(needs().stream().map(n -> titleOf(n.get("competency").asString()) + " (" + n.get("priority").asString() + ")"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("the only competency not assessed is {string}")
    public void onlyNotAssessed(String competency) {
        assertThat(list(assessed().get("notAssessed")).stream().map(c -> titleOf(c.asString()))).containsExactly(competency);
    }

    @Then("no competency is listed as not assessed")
    public void nothingNotAssessed() {
        assertThat(list(assessed().get("notAssessed"))).isEmpty();
    }

    // ------------------------------------------------------------------ recommendations

    @Then("the learning need for {string} has between {int} and {int} recommendations")
    public void needHasRecommendations(String competency, int least, int most) {
        assertThat(recommendations(competency)).hasSizeBetween(least, most);
    }

    @Then("the recommendations for {string} are of at least {int} different types")
    public void recommendationTypes(String competency, int types) {
        assertThat(recommendations(competency).stream().map(r -> r.get("type").asString()).distinct())
                .hasSizeGreaterThanOrEqualTo(types);
    }

    @Then("the recommendations for {string} draw on at least {int} of the 70-20-10 ways of learning")
    public void recommendationWays(String competency, int ways) {
        assertThat(recommendations(competency).stream().map(r -> WAY_OF_LEARNING.get(r.get("type").asString())).distinct())
                .doesNotContainNull().hasSizeGreaterThanOrEqualTo(ways);
    }

    @Then("the first recommendation for {string} is {string}")
    public void firstRecommendation(String competency, String title) {
        assertThat(recommendations(competency)).isNotEmpty();
        assertThat(recommendations(competency).get(0).get("title").asString()).isEqualTo(title);
    }

    @Then("every high or medium learning need has at least one recommendation")
    public void everyUrgentNeedHasARecommendation() {
        List<JsonNode> urgent = needs().stream().filter(n -> !n.get("priority").asString().equals("low")).toList();
        assertThat(urgent).isNotEmpty().allSatisfy(n -> assertThat(list(n.get("recommendations")))
                .as("recommendations for " + titleOf(n.get("competency").asString())).isNotEmpty());
    }

    @Then("no learning need has more than {int} recommendations")
    public void noNeedHasMoreThan(int most) {
        assertThat(needs()).allSatisfy(n -> assertThat(list(n.get("recommendations")))
                .as("recommendations for " + titleOf(n.get("competency").asString())).hasSizeLessThanOrEqualTo(most));
    }

    // ------------------------------------------------------------------ readiness

    @Then("readiness for level {int} is {word}")
    public void readinessIs(int level, String verdict) {
        JsonNode readiness = assessed().get("readiness");
        assertThat(readiness.get("status").asString()).as("readiness (%s)", readiness.get("because").asString())
                .isEqualTo(verdict);
        assertThat(readiness.get("targetLevel").asInt()).isEqualTo(level);
    }

    @Then("readiness is TOP_LEVEL, as there is no higher level")
    public void readinessIsTopLevel() {
        JsonNode readiness = assessed().get("readiness");
        assertThat(readiness.get("status").asString()).isEqualTo("TOP_LEVEL");
        assertThat(readiness.get("targetLevel").isNull()).as("no target level").isTrue();
    }

    @Then("the readiness verdict was reached by the rule {string}")
    public void verdictReachedBy(String rule) {
        assertThat(ruleOf(assessed().get("readiness").get("because").asString())).isEqualTo(rule);
    }

    @Then("there are no gaps")
    public void noGaps() {
        assertThat(gaps()).isEmpty();
    }

    @Then("the gaps are:")
    public void theGapsAre(List<String> competencies) {
        assertThat(gaps().stream().map(g -> titleOf(g.get("competency").asString())))
                .containsExactlyInAnyOrderElementsOf(competencies);
    }

    @Then("the gap in {string} shows {int} of the {int} behaviours the next level introduces")
    public void gapShows(String competency, int shown, int required) {
        JsonNode gap = gap(competency);
        assertThat(gap.get("shown").asInt()).as("shown").isEqualTo(shown);
        assertThat(gap.get("required").asInt()).as("required").isEqualTo(required);
    }

    @Then("the behaviours still to show in {string} are:")
    public void stillToShow(String competency, List<String> behaviours) {
        JsonNode gap = gap(competency);
        assertThat(list(gap.get("missingBehaviours")).stream().map(b -> b.get("text").asString()))
                .as("texts of the behaviours still to show").containsExactlyElementsOf(behaviours);
        assertThat(list(gap.get("missingBehaviours")).stream().map(b -> b.get("indicator").asString()))
                .as("the same behaviours' ids, as missingIndicators lists them")
                .containsExactlyElementsOf(list(gap.get("missingIndicators")).stream().map(JsonNode::asString).toList());
        assertThat(list(gap.get("missingIndicators")).stream().map(i -> textOf(i.asString())))
                .containsExactlyElementsOf(behaviours);
    }

    @Then("the gap in {string} says {string}")
    public void gapSays(String competency, String words) {
        JsonNode gap = gap(competency);
        assertThat(gap.get("because").asString()).contains(words);
        Matcher more = Pattern.compile("show (\\d+) more of these (\\d+) behaviours").matcher(words);
        if (more.find()) {
            assertThat(gap.get("needed").asInt()).as("needed").isEqualTo(Integer.parseInt(more.group(1)));
            assertThat(list(gap.get("missingBehaviours"))).as("missingBehaviours").hasSize(Integer.parseInt(more.group(2)));
        }
    }

    @Then("every recommendation names its 70-20-10 way of learning")
    public void everyRecommendationNamesItsMode() {
        List<JsonNode> recommendations = needs().stream().flatMap(n -> list(n.get("recommendations")).stream()).toList();
        assertThat(recommendations).as("recommendations").isNotEmpty();
        assertThat(recommendations).allSatisfy(r -> {
            String mode = r.get("mode").asString();
            assertThat(mode).isIn("EXPERIENTIAL", "SOCIAL", "FORMAL");
            assertThat(r.get("because").asString()).as("because names the mode")
                    .contains(LearningMode.valueOf(mode).label());
        });
    }

    // ------------------------------------------------------------------ explanations

    @Then("every red flag, need and readiness verdict says which rule concluded it")
    public void everyConclusionNamesItsRule() {
        List<String> becauses = new ArrayList<>();
        list(assessed().get("redFlags")).forEach(f -> becauses.add(f.get("because").asString()));
        needs().forEach(n -> list(n.get("reasons")).forEach(r -> becauses.add(r.asString())));
        becauses.add(assessed().get("readiness").get("because").asString());
        gaps().forEach(g -> becauses.add(g.get("because").asString()));
        Set<String> rules = ruleNamesInRulesFolder();
        assertThat(becauses).allSatisfy(because -> assertThat(ruleOf(because)).as(because).isIn(rules));
    }

    @Then("the assessment names the employee, their framework, level and period, and the version of the rules in service")
    public void assessmentNamesItsSubjectAndRules() {
        assertThat(assessed().get("employeeId").asString()).isEqualTo("E1001");
        assertThat(assessed().get("framework").asString()).isEqualTo(review.framework());
        assertThat(assessed().get("level").asInt()).isEqualTo(review.level());
        assertThat(assessed().get("period").asString()).isEqualTo("2026");
        assertThat(assessed().get("ruleSetVersion").asString()).isEqualTo(get("/api/rules/status").get("version").asString());
    }

    // ------------------------------------------------------------------ invalid reviews

    @Then("the review is rejected with the problems:")
    public void rejectedWith(List<Map<String, String>> expected) {
        assertThat(status).as("HTTP status").isEqualTo(400);
        List<JsonNode> problems = list(assessment.get("problems"));
        assertThat(problems).as("problems").hasSize(expected.size());
        for (Map<String, String> problem : expected) {
            assertThat(problems).as("problems").anySatisfy(p -> {
                assertThat(p.get("path").asString()).isEqualTo(problem.get("where"));
                assertThat(p.get("message").asString()).contains(problem.get("says"));
            });
        }
    }

    @Then("nothing was assessed")
    public void nothingAssessed() {
        assertThat(assessment.has("redFlags") || assessment.has("readiness")).as("an assessment in the answer").isFalse();
    }

    // ------------------------------------------------------------------ helpers: the answer

    private JsonNode assessed() {
        assertThat(status).as("HTTP status of the assessment (%s)", assessment).isEqualTo(200);
        return assessment;
    }

    private JsonNode redFlag(String behaviour) {
        List<JsonNode> flags = list(assessed().get("redFlags")).stream()
                .filter(f -> f.get("text").asString().equals(behaviour)).toList();
        assertThat(flags).as("red flags for " + behaviour + " among " + assessed().get("redFlags")).hasSize(1);
        return flags.get(0);
    }

    private List<JsonNode> needs() {
        return list(assessed().get("learningNeeds"));
    }

    private JsonNode need(String competency) {
        String id = competencyId(competency);
        return needs().stream().filter(n -> n.get("competency").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no learning need for " + competency + " among " + needs().stream()
                        .map(n -> titleOf(n.get("competency").asString())).toList()));
    }

    private List<JsonNode> recommendations(String competency) {
        return list(need(competency).get("recommendations"));
    }

    private List<JsonNode> gaps() {
        return list(assessed().get("readiness").get("gaps"));
    }

    private JsonNode gap(String competency) {
        String id = nextLevelCompetency(competency).get("id").asString();
        return gaps().stream().filter(g -> g.get("competency").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap in " + competency));
    }

    private static String ruleOf(String because) {
        Matcher matcher = BECAUSE.matcher(because);
        assertThat(matcher.matches()).as("'%s' starts with Rule \"<rule name>\": ", because).isTrue();
        return matcher.group(1);
    }

    /** Rule names as analysts write them in rules/: {@code rule "…"} in DRL, the first column of a table row. */
    private static Set<String> ruleNamesInRulesFolder() {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl")) {
                    Matcher rule = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(Files.readString(file));
                    while (rule.find()) {
                        names.add(rule.group(1));
                    }
                } else if (name.endsWith(".drl.csv")) {
                    boolean rows = false;
                    for (Csv.Row row : Csv.records(Files.readString(file))) {
                        String first = row.cell(0);
                        if (row.cells().stream().allMatch(String::isBlank) || first.startsWith("RuleTable")) {
                            rows = false;
                        } else if (rows) {
                            names.add(first);
                        } else if (first.equals("Rule name")) {
                            rows = true;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    // ------------------------------------------------------------------ helpers: the framework

    private JsonNode get(String path) {
        ApiClient.Response response = new ApiClient(port).get(path);
        assertThat(response.status()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** A competency by title: of the employee's level, else of the next level, else anywhere in the framework. */
    private String competencyId(String title) {
        return findCompetency(title, currentLevel, nextLevel, framework).get("id").asString();
    }

    /** A competency of the next level by title. */
    private JsonNode nextLevelCompetency(String title) {
        assertThat(nextLevel).as("a level above " + review.level()).isNotNull();
        return findCompetency(title, nextLevel);
    }

    private static JsonNode findCompetency(String title, JsonNode... views) {
        for (JsonNode view : views) {
            if (view == null) {
                continue;
            }
            List<JsonNode> found = list(view.get("competencies")).stream()
                    .filter(c -> c.get("title").asString().equals(title)).toList();
            assertThat(found).as("competencies titled " + title).hasSizeLessThanOrEqualTo(1);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no competency titled " + title);
    }

    /**
     * A behaviour by its text: among those this level or the next expects (in the competency named, if
     * one is), else anywhere in the framework. A text the council uses in two competencies needs the
     * competency named.
     */
    private String indicatorId(String text, String competency) {
        Predicate<JsonNode> inCompetency = c -> competency == null || c.get("title").asString().equals(competency);
        for (JsonNode[] views : List.of(new JsonNode[] {currentLevel, nextLevel}, new JsonNode[] {framework})) {
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode view : views) {
                if (view != null) {
                    list(view.get("competencies")).stream().filter(inCompetency)
                            .flatMap(c -> list(c.get("indicators")).stream())
                            .filter(i -> i.get("text").asString().equals(text)).forEach(i -> ids.add(i.get("id").asString()));
                }
            }
            assertThat(ids).as("behaviours written \"" + text + "\"; name the competency").hasSizeLessThanOrEqualTo(1);
            if (!ids.isEmpty()) {
                return ids.iterator().next();
            }
        }
        throw new AssertionError("no behaviour \"" + text + "\" in " + review.framework());
    }

    /** The positive behaviours a competency gains at the next level. */
    private List<JsonNode> nextLevelBehaviours(JsonNode competency) {
        int next = review.level() + 1;
        return list(competency.get("indicators")).stream()
                .filter(i -> i.get("polarity").asString().equals("positive") && i.get("level").asInt() == next).toList();
    }

    private String titleOf(String competency) {
        return list(framework.get("competencies")).stream().filter(c -> c.get("id").asString().equals(competency))
                .map(c -> c.get("title").asString()).findFirst().orElse(competency);
    }

    private String textOf(String indicator) {
        return list(framework.get("competencies")).stream().flatMap(c -> list(c.get("indicators")).stream())
                .filter(i -> i.get("id").asString().equals(indicator)).map(i -> i.get("text").asString())
                .findFirst().orElse(indicator);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }
}
