package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * "My team" ({@code /team}): a manager's direct reports with their latest review's readiness and counts,
 * sorted on the server by any column, each linking to the person's page; only managers may open it.
 */
class TeamPageTest extends PageTest {

    /** TM0001 manages three people of this test's own: two reviewed, one not. */
    private static final String TEAM = """
            employee_id,name,department,manager_id,framework,level
            TM0001,Tess Marsh,Team Office,,milton-keynes,3
            TM0002,Zoe Dale,Team Office,TM0001,milton-keynes,2
            TM0003,Adam Dean,Team Office,TM0001,milton-keynes,1
            TM0004,Mia Dunn,Team Office,TM0001,milton-keynes,1
            """;

    private static final String ZOE = """
            { "employeeId": "TM0002", "framework": "milton-keynes", "level": 2, "period": "2046",
              "ratings": [ {"competency": "customer-focus", "rating": 2} ],
              "observed": [ {"indicator": "customer-focus-n01"}, {"indicator": "customer-focus-n02"} ] }""";

    private static final String ADAM = """
            { "employeeId": "TM0003", "framework": "milton-keynes", "level": 1, "period": "2046-H1",
              "ratings": [ {"competency": "customer-focus", "rating": 3},
                           {"competency": "communicating-and-engaging", "rating": 3},
                           {"competency": "managing-resources-and-risk", "rating": 3},
                           {"competency": "organising-and-improving-performance", "rating": 3},
                           {"competency": "taking-responsibility", "rating": 3},
                           {"competency": "team-player", "rating": 3} ] }""";

    private static final String SAM = """
            { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "2045-Q3",
              "ratings": [ {"competency": "customer-focus", "rating": 3} ],
              "observed": [ {"indicator": "customer-focus-n03"} ] }""";

    @BeforeAll
    void team() {
        assertThat(api.importExampleOrganisation().status()).isEqualTo(200);
        assertThat(api.postCsv("/api/employees/import", TEAM).status()).isEqualTo(200);
        ApiClient tess = api.as("TM0001");
        assertThat(tess.post("/api/reviews", ZOE).status()).isEqualTo(201);
        assertThat(tess.post("/api/reviews", ADAM).status()).isEqualTo(201);
        assertThat(api.as("MK0004").post("/api/reviews", SAM).status()).isEqualTo(201);
    }

    @Test
    void aManagerSeesEachDirectReportsLatestReviewAndOpensTheirPage() {
        JsonNode sam = api.get("/api/employees/MK0005/assessment").body();
        as("MK0004").open("/team");

        assertThat(browser.heading()).isEqualTo("My team");
        List<WebElement> rows = browser.all("#team-table tbody tr");
        assertThat(rows).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.getAttribute("data-employee")).isEqualTo("MK0005");
        assertThat(row.getText()).contains("Sam Patel").contains("Level 1").contains(sam.get("period").asString());
        assertThat(row.findElement(org.openqa.selenium.By.cssSelector(".govuk-tag")).getText())
                .isEqualTo(words(sam.get("readiness").get("status").asString()));
        assertThat(cell(row, "redFlags")).isEqualTo(String.valueOf(sam.get("redFlags").size()));
        int high = 0;
        for (JsonNode need : sam.get("learningNeeds")) {
            high += "high".equals(need.get("priority").asString()) ? 1 : 0;
        }
        assertThat(cell(row, "highNeeds")).isEqualTo(String.valueOf(high));
        browser.check("team");

        browser.clickAndWait(row.findElement(org.openqa.selenium.By.linkText("Sam Patel")));
        assertThat(browser.path()).isEqualTo("/people/MK0005");
        assertThat(browser.heading()).isEqualTo("Sam Patel");
    }

    @Test
    void theTableSortsByAnyColumnOnTheServer() {
        as("TM0001").open("/team");
        assertThat(names()).containsExactly("Adam Dean", "Mia Dunn", "Zoe Dale");
        assertThat(browser.find("th[data-column=name]").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.find("th[data-column=redFlags]").getAttribute("aria-sort")).isNull();

        // Zoe: 2 red flags; Adam: none; Mia: no review yet, listed last
        assertThat(browser.all("#team-table tbody tr").get(1).getText()).contains("No review yet");
        browser.clickAndWait("th[data-column=redFlags] a");
        assertThat(browser.path()).isEqualTo("/team?sort=redFlags&dir=asc");
        assertThat(names()).containsExactly("Adam Dean", "Zoe Dale", "Mia Dunn");
        assertThat(browser.find("th[data-column=redFlags]").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.find("th[data-column=name]").getAttribute("aria-sort")).isNull();

        browser.clickAndWait("th[data-column=redFlags] a");
        assertThat(browser.path()).isEqualTo("/team?sort=redFlags&dir=desc");
        assertThat(names()).containsExactly("Zoe Dale", "Adam Dean", "Mia Dunn");
        assertThat(browser.find("th[data-column=redFlags]").getAttribute("aria-sort")).isEqualTo("descending");

        browser.open("/team?sort=level&dir=desc");
        assertThat(names()).containsExactly("Zoe Dale", "Adam Dean", "Mia Dunn");
        browser.open("/team?sort=period&dir=asc");
        assertThat(names()).containsExactly("Adam Dean", "Zoe Dale", "Mia Dunn");
        browser.open("/team?sort=name&dir=desc");
        assertThat(names()).containsExactly("Zoe Dale", "Mia Dunn", "Adam Dean");
        browser.check("team-sorted");
    }

    @Test
    void onlyManagersOpenTheirTeam() {
        as("MK0005").open("/team");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).startsWith("This page is for MANAGER; you are signed in as MK0005");
        browser.check("team-refused");
    }

    private List<String> names() {
        return browser.all("#team-table tbody th").stream().map(WebElement::getText).toList();
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(org.openqa.selenium.By.cssSelector("[data-cell=" + name + "]")).getText();
    }

    private static String words(String status) {
        return switch (status) {
            case "READY" -> "Ready";
            case "DEVELOPING" -> "Developing";
            case "NOT_READY" -> "Not ready";
            default -> "Top level";
        };
    }
}
