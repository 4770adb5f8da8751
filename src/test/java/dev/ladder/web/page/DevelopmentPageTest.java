package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * "My development" ({@code /me}) and a person's page ({@code /people/{id}}): MK0005 (level 1, managed by
 * MK0004) sees their latest review in the council's words and their history; their manager sees the same
 * page with "Record a review"; everyone else is refused with a page that says why.
 */
class DevelopmentPageTest extends PageTest {

    /** Periods only this test reviews, after any other test's, so they are MK0005's latest. */
    private static final String EARLIER = "2047-H1";
    private static final String LATEST = "2047";

    private static final String FIRST = """
            { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "%s",
              "ratings": [ {"competency": "customer-focus", "rating": 2},
                           {"competency": "communicating-and-engaging", "rating": 2},
                           {"competency": "team-player", "rating": 3} ] }""".formatted(EARLIER);

    /** Shows 1 of customer focus's 6 level-2 behaviours (p07) and one red flag (n01). */
    private static final String SECOND = """
            { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "%s",
              "ratings": [ {"competency": "customer-focus", "rating": 2},
                           {"competency": "communicating-and-engaging", "rating": 3},
                           {"competency": "managing-resources-and-risk", "rating": 3},
                           {"competency": "organising-and-improving-performance", "rating": 3},
                           {"competency": "taking-responsibility", "rating": 3},
                           {"competency": "team-player", "rating": 4} ],
              "observed": [ {"indicator": "customer-focus-p07", "evidence": "rearranged the reception"},
                            {"indicator": "customer-focus-n01", "evidence": "snapped at a caller"} ] }"""
            .formatted(LATEST);

    private JsonNode assessment;

    @BeforeAll
    void reviews() {
        assertThat(api.importExampleOrganisation().status()).isEqualTo(200);
        ApiClient manager = api.as("MK0004");
        assertThat(manager.post("/api/reviews", FIRST).status()).isEqualTo(201);
        assertThat(manager.post("/api/reviews", SECOND).status()).isEqualTo(201);
        assessment = api.get("/api/employees/MK0005/assessment").body();
        assertThat(assessment.get("period").asString()).isEqualTo(LATEST);
    }

    @Test
    void anEmployeeSeesTheirDevelopmentInTheCouncilsWords() {
        as("MK0005").open("/me");

        assertThat(browser.heading()).isEqualTo("My development");
        assertThat(browser.text("#development-framework")).contains("Milton Keynes Council")
                .contains("Milton Keynes Council competency framework");
        assertThat(browser.text("#development-level")).contains("Level 1").contains("Team Members");
        assertThat(browser.text("#development-period")).isEqualTo(LATEST);

        // Readiness as a sentence with its tag
        String status = assessment.get("readiness").get("status").asString();
        assertThat(browser.text("#readiness .govuk-tag")).isEqualTo(switch (status) {
            case "READY" -> "Ready";
            case "DEVELOPING" -> "Developing";
            default -> "Not ready";
        });
        assertThat(browser.text("#readiness-sentence")).startsWith("You are").contains("Level 2");
        assertThat(browser.text("#readiness-why")).doesNotStartWith("Rule \"").contains("Rule:");

        // The customer focus gap: 3 of its 6 level-2 behaviours are needed, p07 was shown
        WebElement gap = browser.all("#gaps .ladder-gap").stream()
                .filter(g -> g.getText().startsWith("CUSTOMER FOCUS")).findFirst().orElseThrow();
        assertThat(gap.getText()).contains("Show 2 more of these 5 behaviours")
                .contains("Creates understanding of customer service standards amongst team")
                .contains("Demonstrates empathy in communication")
                .doesNotContain("Secures a customer friendly, safe environment for customers")
                .doesNotContain("customer-focus-p08");

        // The red flag: behaviour, severity, why
        String flags = browser.text("#red-flags");
        JsonNode flag = assessment.get("redFlags").get(0);
        assertThat(flags).contains("Impatient with customers").contains("CUSTOMER FOCUS")
                .contains(flag.get("severity").asString().equals("serious") ? "Serious" : "Concern");
        assertThat(browser.text("#red-flags .ladder-why")).startsWith("Why:");

        // Learning needs by priority (high first), each with its resources and their 70-20-10 modes
        List<WebElement> needs = browser.all("#needs .ladder-need");
        assertThat(needs).hasSize(assessment.get("learningNeeds").size());
        List<String> priorities = needs.stream().map(n -> n.findElement(
                org.openqa.selenium.By.cssSelector(".govuk-tag")).getText()).toList();
        assertThat(priorities).isSortedAccordingTo(java.util.Comparator.comparingInt(p ->
                List.of("High priority", "Medium priority", "Low priority").indexOf(p)));
        JsonNode firstNeed = assessment.get("learningNeeds").get(0);
        assertThat(needs.get(0).getText()).contains(firstNeed.get("recommendations").get(0).get("title").asString())
                .contains(firstNeed.get("recommendations").get(0).get("effort").asString());
        assertThat(browser.all("#needs .ladder-mode")).isNotEmpty().allSatisfy(m -> assertThat(m.getText())
                .containsAnyOf("(the 70 of 70-20-10)", "(the 20 of 70-20-10)", "(the 10 of 70-20-10)"));

        // History: one row per period, oldest first, and the chart drawn from it
        List<String> periods = browser.all("#history-table tbody th").stream().map(WebElement::getText).toList();
        assertThat(periods).containsSubsequence(EARLIER, LATEST);
        assertThat(browser.text("#history-table thead")).contains("CUSTOMER FOCUS").contains("TEAM PLAYER");
        WebElement latestRow = browser.all("#history-table tbody tr").stream()
                .filter(r -> r.findElement(org.openqa.selenium.By.tagName("th")).getText().equals(LATEST))
                .findFirst().orElseThrow();
        assertThat(latestRow.getText()).contains("4 role model").doesNotContain("Not rated");
        browser.waitFor("#history-chart[data-drawn=true]");

        // Links: the next level's expectations and the download
        assertThat(browser.find("#next-level-link").getAttribute("href"))
                .endsWith("/frameworks/milton-keynes/levels/2");
        assertThat(browser.find("#download-record").getAttribute("href")).endsWith("/me/record");
        assertThat(browser.all("#record-review")).as("an employee may not record their own review").isEmpty();
        browser.check("me");
    }

    @Test
    void theDownloadWorksFromTheSignedInBrowserAndIsAudited() {
        as("MK0005").open("/me");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.script("""
                return fetch('/me/record').then(r => r.text().then(t =>
                    [r.status, r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), t]))""");
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat((String) answer.get(1)).startsWith("application/json");
        assertThat((String) answer.get(2)).isEqualTo("attachment; filename=\"ladder-record-MK0005.json\"");
        assertThat((String) answer.get(3)).contains("\"employee\"").contains("\"Sam Patel\"").contains(LATEST);
        assertThat(api.get("/api/audit?subject=MK0005&limit=1").body().get(0).get("what").asString())
                .isEqualTo("GET /me/record");
    }

    @Test
    void theManagerSeesTheSamePageWithRecordAReview() {
        as("MK0004").open("/people/MK0005");

        assertThat(browser.heading()).isEqualTo("Sam Patel");
        assertThat(browser.text("#readiness-sentence")).startsWith("Sam Patel is");
        assertThat(browser.text("#red-flags")).contains("Impatient with customers");
        assertThat(browser.find("#record-review").getAttribute("href")).endsWith("/people/MK0005/reviews/new");
        assertThat(browser.find("#download-record").getAttribute("href")).endsWith("/people/MK0005/record");
        assertThat(api.get("/api/audit?subject=MK0005&limit=1").body().get(0).get("what").asString())
                .isEqualTo("GET /people/MK0005");
        browser.waitFor("#history-chart[data-drawn=true]");
        browser.check("person");

        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.script(
                "return fetch('/people/MK0005/record').then(r => r.json().then(j => [r.status, j.employee.id]))");
        assertThat(answer).containsExactly(200L, "MK0005");
    }

    @Test
    void anAdministratorMayRecordAReviewOfAnyone() {
        as("admin").open("/people/MK0005");
        assertThat(browser.find("#record-review").getAttribute("href")).endsWith("/people/MK0005/reviews/new");
        browser.open("/people/NOBODY1");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.text("#error-detail")).isEqualTo("No employee 'NOBODY1' in the register");
    }

    @Test
    void someoneWithoutAReviewGetsASentenceNotAnError() {
        assertThat(api.postCsv("/api/employees/import", """
                employee_id,name,department,manager_id,framework,level
                DP0001,Nia Hart,Development Office,,cambridge,2
                DP0002,Lee Ford,Development Office,DP0001,cambridge,1
                """).status()).isEqualTo(200);
        as("DP0002").open("/me");
        assertThat(browser.text("#development-period")).isEqualTo("No review yet");
        assertThat(browser.text("#no-review")).startsWith("You have no review yet.");
        assertThat(browser.text("#development-framework")).contains("Cambridge City Council");
        assertThat(browser.text("#development-level")).isEqualTo("Level 1 – Staff");
        browser.check("me-no-review");

        as("DP0001").open("/people/DP0002");
        assertThat(browser.text("#no-review")).startsWith("Lee Ford has no review yet.");
        assertThat(browser.find("#record-review").getAttribute("href")).endsWith("/people/DP0002/reviews/new");
    }

    @Test
    void someoneWithoutAnEmployeeRecordIsToldSo() {
        as("lnd").open("/me");
        assertThat(browser.heading()).isEqualTo("My development");
        assertThat(browser.text("#no-employee-record")).contains("lnd").contains("no employee record");
    }

    @Test
    void anEmployeeCannotOpenAnotherPersonsPage() {
        as("MK0005").open("/people/MK0004");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).isEqualTo("MK0005 may not see the records of employee 'MK0004'.");
        browser.open("/people/MK0004/record");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        browser.check("person-refused");
    }

    @Test
    void aManagerCannotOpenSomeoneElsesReport() {
        as("MK0003").open("/people/MK0005");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).isEqualTo("MK0003 may not see the records of employee 'MK0005'.");
        as("lnd").open("/people/MK0005");
        assertThat(browser.text("#error-detail")).isEqualTo("lnd may not see the records of employee 'MK0005'.");
    }
}
