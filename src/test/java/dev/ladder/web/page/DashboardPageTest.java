package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The L&D dashboard in a browser: L&D sees the same counts as the report API in the councils' words,
 * charts drawn from the tables, filters that narrow them and refuse what does not exist with the API's
 * words, CSV downloads from the signed-in session, red flags counted without names; an employee is refused.
 */
class DashboardPageTest extends PageTest {

    /** Periods of this test's own, so other tests' reviews of the same people do not change its counts. */
    private static final String PERIOD = "2032-Q1";

    private static final String COUNCILS = "framework";

    @BeforeAll
    void reviews() {
        assertThat(api.importExampleOrganisation().status()).isEqualTo(200);
        assertThat(api.as("MK0003").post("/api/reviews", """
                { "employeeId": "MK0004", "framework": "milton-keynes", "level": 2, "period": "%s",
                  "ratings": [ {"competency": "customer-focus", "rating": 1},
                               {"competency": "communicating-and-engaging", "rating": 2} ],
                  "observed": [ {"indicator": "customer-focus-n01", "evidence": "snapped at a caller"} ] }"""
                .formatted(PERIOD)).status()).isEqualTo(201);
        assertThat(api.as("MK0004").post("/api/reviews", """
                { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "%s",
                  "ratings": [ {"competency": "customer-focus", "rating": 2} ],
                  "observed": [ {"indicator": "customer-focus-n01", "evidence": "sighed at a customer"} ] }"""
                .formatted(PERIOD)).status()).isEqualTo(201);
        assertThat(api.as("CC0002").post("/api/reviews", """
                { "employeeId": "CC0003", "framework": "cambridge", "level": 1, "period": "%s",
                  "ratings": [ {"competency": "customer-service-and-support", "rating": 1} ],
                  "observed": [ {"indicator": "customer-service-and-support-n01", "evidence": "ignored a visitor"} ] }"""
                .formatted(PERIOD)).status()).isEqualTo(201);
        // Developing (rated 3, the rest not yet assessed) and at the top of the ladder, as an administrator
        assertThat(api.post("/api/reviews", """
                { "employeeId": "CC0002", "framework": "cambridge", "level": 2, "period": "%s",
                  "ratings": [ {"competency": "customer-service-and-support", "rating": 3} ] }"""
                .formatted(PERIOD)).status()).isEqualTo(201);
        assertThat(api.post("/api/reviews", """
                { "employeeId": "MK0001", "framework": "milton-keynes", "level": 5, "period": "%s",
                  "ratings": [ {"competency": "customer-focus", "rating": 3} ] }"""
                .formatted(PERIOD)).status()).isEqualTo(201);
    }

    @Test
    void lndSeesTheTrainingNeedsOfTheReportInTheCouncilsWordsWithAChartDrawnFromTheTable() {
        JsonNode needs = api.get("/api/reports/training-needs").body();

        as("lnd").open("/dashboard");

        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.heading()).isEqualTo("Dashboard");
        assertCompetencyNeedsAre(needs);
        assertThemeNeedsAre(needs);
        assertChartDrawnFromTable("needs-competency-chart", "needs-competency-table");
        assertChartDrawnFromTable("needs-theme-chart", "needs-theme-table");
        assertChartDrawnFromTable("readiness-chart", "readiness-table");
        assertThat(browser.find("#needs-competency-chart").getAttribute("role")).isEqualTo("img");
        assertThat(browser.find("#needs-competency-chart").getAttribute("aria-label"))
                .startsWith("Bar chart of people with training needs by competency");
        browser.check("dashboard");
    }

    @Test
    void filtersByPeriodAndCouncilNarrowTheTablesToWhatTheReportsCount() {
        as("lnd").open("/dashboard?period=" + PERIOD);

        assertCompetencyNeedsAre(api.get("/api/reports/training-needs?period=" + PERIOD).body());
        assertThat(column("#needs-competency-table", 0)).contains("CUSTOMER FOCUS", "CUSTOMER SERVICE & SUPPORT");
        assertThat(new Select(browser.find("#period")).getFirstSelectedOption().getText()).isEqualTo(PERIOD);
        assertReadinessIs(api.get("/api/reports/readiness?period=" + PERIOD).body());
        assertThat(column("#readiness-table", 1)).contains("Milton Keynes Council", "Cambridge City Council");
        assertThat(rows("#readiness-table")).contains(List.of("LEVEL 5", "Milton Keynes Council", "0", "0", "0", "1", "1"),
                List.of("First line manager", "Cambridge City Council", "0", "1", "0", "0", "1"));

        new Select(browser.find("#" + COUNCILS)).selectByValue("milton-keynes");
        WebElement before = browser.find("main");
        browser.clickAndWait("main form button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));

        assertThat(browser.path()).contains("framework=milton-keynes").contains("period=" + PERIOD);
        JsonNode narrowed = api.get("/api/reports/training-needs?framework=milton-keynes&period=" + PERIOD).body();
        assertCompetencyNeedsAre(narrowed);
        assertThat(column("#needs-competency-table", 1)).isNotEmpty().containsOnly("Milton Keynes Council");
        assertThat(column("#needs-competency-table", 0)).contains("CUSTOMER FOCUS")
                .doesNotContain("CUSTOMER SERVICE & SUPPORT");
        assertReadinessIs(api.get("/api/reports/readiness?framework=milton-keynes&period=" + PERIOD).body());
        assertThat(column("#readiness-table", 0)).containsExactly("LEVEL 1", "LEVEL 2", "LEVEL 5");
        int counted = 0;
        for (JsonNode r : api.get("/api/reports/readiness?framework=milton-keynes&period=" + PERIOD).body()) {
            counted += r.get("ready").asInt() + r.get("developing").asInt() + r.get("notReady").asInt()
                    + r.get("topLevel").asInt();
        }
        assertThat(counted).isEqualTo(3);
        assertThat(browser.text("#people-counted")).isEqualTo(counted + " people’s reviews are counted.");
        assertThat(browser.text("#counting")).isEqualTo("Reviews of " + PERIOD
                + ": Milton Keynes Council, all departments, all levels.");
        assertChartDrawnFromTable("needs-competency-chart", "needs-competency-table");
        browser.check("dashboard-filtered");
    }

    @Test
    void aFilterNamingNothingShowsTheReportApisMessageInTheErrorSummary() {
        String detail = api.as("lnd").get("/api/reports/training-needs?department=revenues%20and%20benefits")
                .body().get("detail").asString();

        as("lnd").open("/dashboard?department=revenues%20and%20benefits");

        assertThat(browser.text(".govuk-error-summary")).contains("There is a problem").contains(detail)
                .contains("did you mean 'Revenues and Benefits'");
        assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#department");
        assertThat(browser.text("#department-error")).contains(detail);
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.all("#needs-competency-table")).isEmpty();
        browser.check("dashboard-error");

        browser.open("/dashboard?department=Nope");
        assertThat(browser.text(".govuk-error-summary")).contains("department 'Nope' does not exist")
                .contains(api.get("/api/reports/readiness?department=Nope").body().get("detail").asString());

        browser.open("/dashboard?framework=cambridge&level=4");
        assertThat(browser.text(".govuk-error-summary"))
                .contains(api.get("/api/reports/readiness?framework=cambridge&level=4").body().get("detail").asString());
        assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#level");

        browser.open("/dashboard?level=abc");
        assertThat(browser.text(".govuk-error-summary"))
                .contains(api.get("/api/reports/readiness?level=abc").body().get("detail").asString());
    }

    @Test
    void eachSectionsCsvDownloadFromTheSignedInBrowserIsTheReportApisCsv() {
        as("lnd").open("/dashboard?framework=milton-keynes&period=" + PERIOD);

        Map<String, String> sections = Map.of("#training-needs-csv", "training-needs", "#resources-csv", "resources",
                "#readiness-csv", "readiness", "#red-flags-csv", "red-flags");
        sections.forEach((link, report) -> {
            String href = browser.find(link).getAttribute("href");
            assertThat(href).contains("/dashboard/" + report + ".csv?framework=milton-keynes&period=" + PERIOD);
            List<?> answer = fetch(href);
            ApiClient.Response fromApi = api.get("/api/reports/" + report + "?framework=milton-keynes&period="
                    + PERIOD + "&format=csv");
            assertThat(answer.get(0)).as(report).isEqualTo(200L);
            assertThat((String) answer.get(1)).as(report).startsWith("text/csv");
            assertThat(answer.get(2)).as(report).isEqualTo(fromApi.text());
            assertThat(fromApi.text().lines().count()).as(report).isGreaterThan(1);
        });
        List<?> refused = fetch("/dashboard/readiness.csv?department=Nope");
        assertThat(refused.get(0)).isEqualTo(400L);
        assertThat((String) refused.get(2)).contains("department 'Nope' does not exist");
    }

    @Test
    void redFlagHotSpotsAreCountsWithoutNames() {
        JsonNode flags = api.get("/api/reports/red-flags?period=" + PERIOD).body();

        as("lnd").open("/dashboard?period=" + PERIOD);

        List<List<String>> rows = rows("#red-flags-table");
        assertThat(rows).as("red flags of %s on %s, whose main part says: %s", PERIOD, browser.path(),
                browser.mainText()).hasSize(flags.size());
        Map<String, List<String>> byBehaviour = new HashMap<>();
        rows.forEach(r -> byBehaviour.put(r.get(0), r));
        for (JsonNode flag : flags) {
            assertThat(byBehaviour.get(flag.get("text").asString())).as(flag.get("text").asString())
                    .endsWith(String.valueOf(flag.get("concern").asInt()), String.valueOf(flag.get("serious").asInt()));
        }
        assertThat(byBehaviour.get("Impatient with customers").subList(0, 3))
                .containsExactly("Impatient with customers", "CUSTOMER FOCUS", "Milton Keynes Council");
        assertThat(byBehaviour.get("Sees customers as interruptions to 'the day job'").subList(0, 3))
                .containsExactly("Sees customers as interruptions to 'the day job'", "CUSTOMER SERVICE & SUPPORT",
                        "Cambridge City Council");
        String section = browser.text("#red-flags");
        String page = browser.mainText();
        for (String person : List.of("MK0004", "MK0005", "CC0003", "Jo Lewis", "Sam Patel", "Mei Chen", "Tom Okafor",
                "Alex Morgan", "O'Neill")) {
            assertThat(section).doesNotContain(person);
            assertThat(page).doesNotContain(person);
        }
        assertThat(browser.driver().getPageSource()).doesNotContain("MK0004").doesNotContain("Sam Patel");
    }

    @Test
    void anEmployeeGetsTheRefusalPageSayingTheDashboardIsForLndAndAdmin() {
        as("MK0005").open("/dashboard");

        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for LND and ADMIN")
                .contains("signed in as MK0005");
        assertThat(browser.mainText()).doesNotContain("Training needs");
        assertThat(fetch("/dashboard/red-flags.csv").get(0)).isEqualTo(403L);

        as("admin").open("/dashboard?period=" + PERIOD);
        assertThat(browser.heading()).isEqualTo("Dashboard");
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** The competency table equals the report's competencies, row for row, in the councils' words. */
    private void assertCompetencyNeedsAre(JsonNode needs) {
        List<List<String>> rows = rows("#needs-competency-table");
        JsonNode competencies = needs.get("competencies");
        assertThat(rows).hasSize(competencies.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode c = competencies.get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(c.get("title").asString());
            assertThat(row.subList(2, 6)).containsExactly(String.valueOf(c.get("high").asInt()), String.valueOf(c.get("medium").asInt()),
                    String.valueOf(c.get("low").asInt()), String.valueOf(c.get("high").asInt() + c.get("medium").asInt()
                            + c.get("low").asInt()));
        }
    }

    private void assertThemeNeedsAre(JsonNode needs) {
        List<String> expected = StreamSupport.stream(needs.get("themes").spliterator(), false)
                .map(t -> t.get("title").asString() + " " + t.get("high").asInt() + " " + t.get("medium").asInt()
                        + " " + t.get("low").asInt())
                .toList();
        List<String> shown = rows("#needs-theme-table").stream()
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3)).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    private void assertReadinessIs(JsonNode readiness) {
        List<List<String>> rows = rows("#readiness-table");
        assertThat(rows).hasSize(readiness.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = readiness.get(i);
            assertThat(rows.get(i).subList(2, 6)).containsExactly(String.valueOf(r.get("ready").asInt()),
                    String.valueOf(r.get("developing").asInt()), String.valueOf(r.get("notReady").asInt()), String.valueOf(r.get("topLevel").asInt()));
        }
    }

    /** Chart.js drew a chart on the canvas, its series being the table's numeric columns. */
    @SuppressWarnings("unchecked")
    private void assertChartDrawnFromTable(String canvas, String table) {
        browser.waitFor("#" + canvas);
        List<Object> drawn = (List<Object>) browser.script("""
                const chart = Chart.getChart(document.getElementById(arguments[0]));
                if (!chart) { return null; }
                return [chart.canvas.width, chart.canvas.height, chart.data.labels.length,
                        chart.data.datasets.map(d => d.data.join(','))];""", canvas);
        assertThat(drawn).as("Chart.js chart on #%s", canvas).isNotNull();
        assertThat((Long) drawn.get(0)).isPositive();
        assertThat((Long) drawn.get(1)).isPositive();
        List<List<String>> rows = rows("#" + table);
        assertThat((Long) drawn.get(2)).isEqualTo(rows.size());
        List<WebElement> headers = browser.all("#" + table + " thead th");
        List<String> series = new ArrayList<>();
        for (int col = 0; col < headers.size(); col++) {
            if (headers.get(col).getAttribute("data-series") != null) {
                int c = col;
                series.add(String.join(",", rows.stream().map(r -> r.get(c)).toList()));
            }
        }
        assertThat((List<String>) drawn.get(3)).isEqualTo(series);
    }

    private List<List<String>> rows(String table) {
        return browser.all(table + " tbody tr").stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList())
                .toList();
    }

    private List<String> column(String table, int index) {
        return rows(table).stream().map(r -> r.get(index)).toList();
    }

    /** GETs {@code url} with the browser's session: [status, content type, text]. */
    private List<?> fetch(String url) {
        return (List<?>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))
                  .catch(e => done([0, '', String(e)]));""", url);
    }
}
