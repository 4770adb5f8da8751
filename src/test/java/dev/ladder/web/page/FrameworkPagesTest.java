package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

/**
 * The frameworks' pages as an employee uses them: the three councils, one framework, what a level
 * expects (in the council's words, checked against the API) and what the next level adds, the search
 * across all councils (escaping what is typed), the cross-council themes, and the refusals.
 */
class FrameworkPagesTest extends PageTest {

    private static final String EMPLOYEE = "MK0005";

    @BeforeAll
    void organisation() {
        api.importExampleOrganisation();
    }

    @Test
    void anEmployeeSeesTheThreeCouncilsAndOpensOneFramework() {
        JsonNode frameworks = api.get("/api/frameworks").body();
        assertThat(frameworks.size()).isEqualTo(3);

        as(EMPLOYEE).open("/frameworks");
        assertThat(browser.heading()).isEqualTo("Frameworks");
        List<WebElement> rows = browser.all("#frameworks tr[data-framework]");
        assertThat(rows).hasSize(3);
        for (JsonNode f : frameworks) {
            WebElement row = browser.find("#frameworks tr[data-framework='" + f.get("id").asString() + "']");
            JsonNode full = api.get("/api/frameworks/" + f.get("id").asString()).body();
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            assertThat(cells).containsExactly(f.get("title").asString(), f.get("council").asString(),
                    Integer.toString(f.get("levels").size()), Integer.toString(full.get("competencies").size()),
                    Integer.toString(behaviours(full).size()));
        }
        browser.check("frameworks");

        browser.clickAndWait("#frameworks tr[data-framework='milton-keynes'] a");
        assertThat(browser.path()).isEqualTo("/frameworks/milton-keynes");
        JsonNode mk = api.get("/api/frameworks/milton-keynes").body();
        assertThat(browser.heading()).isEqualTo(mk.get("title").asString());
        List<WebElement> levels = browser.all("#levels tr[data-rank]");
        assertThat(levels).hasSize(mk.get("levels").size());
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = mk.get("levels").get(i);
            WebElement link = levels.get(i).findElement(By.cssSelector("a"));
            assertThat(link.getText()).isEqualTo(level.get("label").asString());
            assertThat(link.getDomAttribute("href")).isEqualTo("/frameworks/milton-keynes/levels" + "/"
                    + level.get("rank").asInt());
            String rowText = levels.get(i).getText();
            level.get("typicalPosts").forEach(post -> assertThat(rowText).contains(post.asString()));
        }
        List<String> competencies = browser.all("[data-competency] .ladder-fw-competency__title").stream()
                .map(e -> e.getDomProperty("textContent").strip()).toList();
        List<String> expected = new ArrayList<>();
        mk.get("competencies").forEach(c -> expected.add(c.get("code").asString() + " " + c.get("title").asString()));
        assertThat(competencies).containsExactlyElementsOf(expected);
        browser.check("framework");
    }

    @Test
    void aFrameworkShowsTheOntologysNotesOnItsLevelsAndCompetencies() {
        as(EMPLOYEE).open("/frameworks/cambridge");
        // the levels' descriptions and the framework's own note, as the ontology annotates them
        assertThat(browser.text("#levels tr[data-rank='1']")).contains("For all staff who are not senior managers.");
        assertThat(browser.mainText()).contains("Not cumulative in the source's sense");
        // a source oddity kept as written, with the ontology's note beside it
        assertThat(browser.text("[data-competency='commitment-and-accountability']"))
                .contains("Source note: the definition");
        // two competencies of one council with the same title are told apart in the themes table
        browser.check("framework-sections");
        browser.open("/frameworks");
        assertThat(browser.text("#themes tr[data-theme='communication'] td[data-council='Cambridge City Council']"))
                .contains("COMMUNICATION (Core competency framework)")
                .contains("COMMUNICATION (City leadership & management framework)");
    }

    @Test
    void aLevelShowsTheCouncilsBehavioursVerbatimEffectiveAndIneffectiveApartAndWhatTheNextAdds() {
        String framework = "milton-keynes";
        int rank = 2;
        JsonNode here = api.get("/api/frameworks/" + framework + "/levels/" + rank).body();
        JsonNode next = api.get("/api/frameworks/" + framework + "/levels/" + (rank + 1)).body();
        Map<String, String> positive = behaviours(here, "positive");
        Map<String, String> negative = behaviours(here, "negative");
        assertThat(positive).isNotEmpty();
        assertThat(negative).isNotEmpty();

        as(EMPLOYEE).open("/frameworks/" + framework + "/levels/" + rank);
        assertThat(browser.heading()).isEqualTo(here.get("levels").get(rank - 1).get("label").asString());
        assertThat(shown("#expected .ladder-fw-behaviours--effective")).isEqualTo(positive);
        assertThat(shown("#expected .ladder-fw-behaviours--ineffective")).isEqualTo(negative);
        assertThat(browser.all("#expected [data-competency]").stream().map(e -> e.getDomAttribute("data-competency")))
                .containsExactlyElementsOf(ids(here.get("competencies")));

        // what is new at the next level, computed here from the API
        Map<String, String> added = new TreeMap<>(behaviours(next, "positive"));
        added.putAll(behaviours(next, "negative"));
        added.keySet().removeAll(positive.keySet());
        added.keySet().removeAll(negative.keySet());
        assertThat(added).isNotEmpty();
        Map<String, String> newShown = new TreeMap<>(shown("#next-level .ladder-fw-behaviours--effective"));
        newShown.putAll(shown("#next-level .ladder-fw-behaviours--ineffective"));
        assertThat(newShown).isEqualTo(added);
        List<String> newCompetencies = new ArrayList<>(ids(next.get("competencies")));
        newCompetencies.removeAll(ids(here.get("competencies")));
        assertThat(newCompetencies).isNotEmpty(); // competency 7 starts at level 3
        assertThat(browser.all("#next-level [data-competency]").stream().map(e -> e.getDomAttribute("data-competency")))
                .containsAll(newCompetencies);
        assertThat(browser.text("#next-level-summary")).startsWith("LEVEL 3 adds");
        browser.check("framework-level");

        // previous and next levels
        browser.clickAndWait(".govuk-pagination__next a");
        assertThat(browser.path()).isEqualTo("/frameworks/" + framework + "/levels/" + (rank + 1));
        browser.clickAndWait(".govuk-pagination__prev a");
        assertThat(browser.path()).isEqualTo("/frameworks/" + framework + "/levels/" + rank);

        // the top level says so
        int top = here.get("levels").size();
        browser.open("/frameworks/" + framework + "/levels/" + top);
        assertThat(browser.text("#next-level-summary")).contains("is the top level");
        assertThat(browser.all("#next-level [data-indicator]")).isEmpty();
        assertThat(browser.all(".govuk-pagination__next")).isEmpty();
    }

    @Test
    void aNonCumulativeLevelSaysWhatTheNextNoLongerExpects() {
        JsonNode here = api.get("/api/frameworks/cambridge/levels/2").body();
        JsonNode next = api.get("/api/frameworks/cambridge/levels/3").body();
        List<String> dropped = new ArrayList<>();
        Set<String> nextIds = new TreeSet<>(ids(next.get("competencies")));
        here.get("competencies").forEach(c -> {
            if (!nextIds.contains(c.get("id").asString())) {
                dropped.add(c.get("title").asString());
            }
        });
        assertThat(dropped).isNotEmpty();

        as(EMPLOYEE).open("/frameworks/cambridge/levels/2");
        assertThat(browser.all("#next-level #next-dropped + ul li").stream().map(WebElement::getText).toList())
                .containsExactlyElementsOf(dropped);
        Map<String, String> effective = shown("#expected .ladder-fw-behaviours--effective");
        assertThat(effective).isEqualTo(behaviours(here, "positive"));
        assertThat(shown("#expected .ladder-fw-behaviours--ineffective")).isEqualTo(behaviours(here, "negative"));
        assertThat(browser.mainText()).contains("COMPETENCIES FOR FIRST LINE MANAGERS");
        browser.check("framework-level-sections");
    }

    @Test
    void searchFindsBehavioursOfSeveralCouncilsAndMarksTheMatch() {
        String word = "team";
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> councils = new TreeSet<>();
        for (JsonNode f : api.get("/api/frameworks").body()) {
            behaviours(api.get("/api/frameworks/" + f.get("id").asString()).body()).forEach((id, text) -> {
                if (text.toLowerCase(Locale.ROOT).contains(word)) {
                    expected.put(f.get("id").asString() + "/" + id, text);
                    councils.add(f.get("id").asString());
                }
            });
        }
        assertThat(councils).hasSizeGreaterThan(1);

        as(EMPLOYEE).open("/frameworks");
        browser.find("#q").sendKeys(word);
        browser.clickAndWait("form.ladder-fw-search button[type=submit]");
        assertThat(browser.path()).isEqualTo("/frameworks/search?q=" + word);
        assertThat(browser.text("#results-heading")).isEqualTo(expected.size() + " behaviours found");
        List<WebElement> results = browser.all("#results li[data-indicator]");
        assertThat(results).hasSize(Math.min(expected.size(), 100));
        Set<String> shownCouncils = new TreeSet<>();
        for (WebElement result : results) {
            String key = result.getDomAttribute("data-framework") + "/" + result.getDomAttribute("data-indicator");
            assertThat(expected).containsKey(key);
            assertThat(result.findElement(By.cssSelector(".ladder-fw-result__text")).getDomProperty("textContent"))
                    .isEqualTo(expected.get(key));
            result.findElements(By.cssSelector("mark")).forEach(mark ->
                    assertThat(mark.getText().toLowerCase(Locale.ROOT)).isEqualTo(word));
            assertThat(result.findElements(By.cssSelector("mark"))).isNotEmpty();
            assertThat(result.findElement(By.cssSelector(".govuk-tag")).getText()).isIn("EFFECTIVE", "RED FLAG",
                    "Effective", "Red flag");
            shownCouncils.add(result.getDomAttribute("data-framework"));
        }
        assertThat(shownCouncils).containsExactlyElementsOf(councils);
        browser.check("frameworks-search");

        // a result's level link opens the level that shows that behaviour
        WebElement first = browser.find("#results li[data-indicator]");
        String indicator = first.getDomAttribute("data-indicator");
        String framework = first.getDomAttribute("data-framework");
        browser.clickAndWait(first.findElement(By.cssSelector(".ladder-fw-result__level")));
        assertThat(browser.path()).startsWith("/frameworks/" + framework + "/levels/");
        assertThat(browser.all("#expected li[data-indicator='" + indicator + "']")).hasSize(1);
    }

    @Test
    void whatIsTypedIntoTheSearchIsShownAsTextNeverRun() {
        String typed = "<script>alert(1)</script>";
        as(EMPLOYEE).open("/frameworks/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.text("#results-heading")).isEqualTo("No results");
        assertThat(browser.text("#results-summary")).contains(typed);
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo(typed);
        assertThat(browser.all("main script")).isEmpty();
        browser.check("frameworks-search-escaped");

        // an empty search is a problem shown at the field
        browser.open("/frameworks/search?q=");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a word");
        assertThat(browser.text("#q-error")).contains("Enter a word");
    }

    @Test
    void theThemesTableListsTheCompetenciesOfEveryCouncilThatDevelopATheme() {
        // Ladder's alignment, read straight from the ontology: theme → "framework/competency"
        Model alignment = ModelFactory.createDefaultModel();
        for (String f : List.of("cambridge", "leicester", "milton-keynes")) {
            RDFDataMgr.read(alignment, Path.of("ontology", "alignment", f + ".ttl").toString());
        }
        Map<String, Set<String>> byTheme = new TreeMap<>();
        try (QueryExecution q = QueryExecution.model(alignment).query(
                "SELECT ?c ?t WHERE { ?c <https://w3id.org/ladder/ontology#theme> ?t }").build()) {
            q.execSelect().forEachRemaining(row -> {
                String c = row.getResource("c").getURI();
                String t = row.getResource("t").getURI();
                String path = c.substring(0, c.lastIndexOf('/'));
                byTheme.computeIfAbsent(t.substring(t.lastIndexOf('/') + 1), k -> new TreeSet<>())
                        .add(path.substring(path.lastIndexOf('/') + 1) + "/" + c.substring(c.lastIndexOf('/') + 1));
            });
        }
        Map<String, String> titles = new TreeMap<>();
        for (String f : List.of("cambridge", "leicester", "milton-keynes")) {
            api.get("/api/frameworks/" + f).body().get("competencies")
                    .forEach(c -> titles.put(f + "/" + c.get("id").asString(), c.get("title").asString()));
        }

        as(EMPLOYEE).open("/frameworks");
        String theme = "communication";
        Set<String> frameworksOfTheme = new TreeSet<>();
        byTheme.get(theme).forEach(key -> frameworksOfTheme.add(key.substring(0, key.indexOf('/'))));
        assertThat(frameworksOfTheme).hasSize(3);
        WebElement row = browser.find("#themes tr[data-theme='" + theme + "']");
        assertThat(row.getDomAttribute("data-councils")).isEqualTo("3");
        Set<String> linked = new LinkedHashSet<>();
        for (WebElement link : row.findElements(By.cssSelector("td a"))) {
            String href = link.getDomAttribute("href");
            String key = href.substring("/frameworks/".length(), href.indexOf('#')) + "/"
                    + href.substring(href.indexOf("#competency-") + "#competency-".length());
            assertThat(link.getText()).isEqualTo(titles.get(key));
            linked.add(key);
        }
        assertThat(linked).isEqualTo(byTheme.get(theme));
        // the columns are the councils: each cell holds that council's competencies only
        List<WebElement> cells = row.findElements(By.cssSelector("td"));
        assertThat(cells).hasSize(3);
        cells.forEach(cell -> assertThat(cell.findElements(By.cssSelector("a"))).isNotEmpty());

        // a link opens the framework at that competency
        WebElement link = row.findElement(By.cssSelector("td a"));
        String anchor = link.getDomAttribute("href").substring(link.getDomAttribute("href").indexOf('#') + 1);
        String title = link.getText();
        browser.clickAndWait(link);
        assertThat(browser.all("#" + anchor)).hasSize(1);
        assertThat(browser.text("#" + anchor + " .ladder-fw-competency__title")).contains(title);
    }

    @Test
    void anUnknownFrameworkOrLevelIsThe404Page() {
        as(EMPLOYEE).open("/frameworks/atlantis");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.text("#error-detail")).contains("'atlantis'").contains("cambridge");
        browser.open("/frameworks/cambridge/levels/4");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.text("#error-detail")).contains("no level 4");
        browser.open("/frameworks/cambridge/levels/top");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    @Test
    void theFrameworksAskAnonymousPeopleToSignInFirst() {
        signedOut().open("/frameworks");
        assertThat(browser.path()).isEqualTo("/login");
        browser.open("/frameworks/search?q=team");
        assertThat(browser.path()).isEqualTo("/login");
        browser.open("/frameworks/milton-keynes/levels/1");
        assertThat(browser.path()).isEqualTo("/login");
    }

    // ---------------------------------------------------------------- helpers

    /** Behaviour id → text of the page's list items under {@code css}, as the DOM holds them (not re-spaced). */
    private Map<String, String> shown(String css) {
        Map<String, String> shown = new TreeMap<>();
        for (WebElement li : browser.all(css + " li[data-indicator]")) {
            String previous = shown.put(li.getDomAttribute("data-indicator"),
                    li.findElement(By.cssSelector(".ladder-fw-behaviour__text")).getDomProperty("textContent"));
            assertThat(previous).as("behaviour %s shown twice", li.getDomAttribute("data-indicator")).isNull();
        }
        return shown;
    }

    /** Indicator id → text of every indicator of {@code polarity} in the framework JSON. */
    private static Map<String, String> behaviours(JsonNode framework, String polarity) {
        Map<String, String> behaviours = new TreeMap<>();
        framework.get("competencies").forEach(c -> c.get("indicators").forEach(i -> {
            if (i.get("polarity").asString().equals(polarity)) {
                behaviours.put(i.get("id").asString(), i.get("text").asString());
            }
        }));
        return behaviours;
    }

    private static Map<String, String> behaviours(JsonNode framework) {
        Map<String, String> all = new TreeMap<>(behaviours(framework, "positive"));
        all.putAll(behaviours(framework, "negative"));
        return all;
    }

    private static List<String> ids(JsonNode competencies) {
        List<String> ids = new ArrayList<>();
        competencies.forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }
}
