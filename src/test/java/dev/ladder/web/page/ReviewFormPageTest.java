package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Recording a review in the browser: MK0004 (Jo Lewis) reviews their direct report MK0005 (Sam Patel,
 * Milton Keynes level 1). Periods 2033-… are this test's own, so other page tests sharing the store do
 * not disturb the counts.
 */
class ReviewFormPageTest extends PageTest {

    private static final String FORM = "/people/MK0005/reviews/new";

    @BeforeAll
    void organisation() {
        assertThat(api.importExampleOrganisation().status()).isEqualTo(200);
    }

    @Test
    void theManagerSeesThePersonsFrameworkLevelAndTheCouncilsBehaviours() {
        as("MK0004").open(FORM);

        assertThat(browser.heading()).isEqualTo("Record a review");
        assertThat(browser.text("#review-employee")).isEqualTo("Sam Patel (MK0005)");
        assertThat(browser.text("#review-framework")).contains("Milton Keynes Council competency framework");
        assertThat(browser.text("#review-level")).startsWith("Level 1").contains("Team Members");
        // framework and level are shown, not typed
        assertThat(browser.all("input[name=framework], input[name=level], select")).isEmpty();
        assertThat(browser.find("#period").getAttribute("value")).isEqualTo(ReviewFormController.currentHalf());
        // the rating scale's labels, the behaviours in the council's words, positive and negative apart
        assertThat(browser.text("#competency-customer-focus")).contains("CUSTOMER FOCUS")
                .contains("Has a good understanding of the services they provide")
                .contains("Impatient with customers")
                .contains("Effective behaviours you saw").contains("Red flags (ineffective behaviours) you saw");
        assertThat(browser.all("input[name=rating-customer-focus]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.text("label[for=rating-customer-focus]")).startsWith("1 ");
        assertThat(browser.find(".ladder-review-behaviours--negative input[value=customer-focus-n01]")).isNotNull();
        // the next level's new behaviours are there, marked with their level
        assertThat(browser.text("label[for=observed-customer-focus-p07]")).contains("Level 2");
        // Excellent leadership starts at level 3: not on a level-1 form
        assertThat(browser.all("#competency-excellent-leadership")).isEmpty();
        browser.check("review-form");
    }

    @Test
    void aBadPeriodIsShownAtTheFieldAndInTheSummaryAndNothingIsStored() {
        int before = reviews("MK0005").size();
        as("MK0004").open(FORM);
        type("#period", "2033-X9");
        browser.find("label[for=rating-customer-focus-3]").click();
        type("#evidence-team-player", "Helped a colleague, but no rating chosen");
        browser.clickAndWait("#save-button");

        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.text(".govuk-error-summary")).contains("There is a problem")
                .contains("'2033-X9' is not a review period")
                .contains("Choose a rating for TEAM PLAYER, or clear its evidence note");
        assertThat(browser.all(".govuk-error-summary__list a")).as("in the order of the form's fields")
                .extracting(a -> a.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#period", "#rating-team-player");
        assertThat(browser.find(".govuk-error-summary a[href='#rating-team-player']")).isNotNull();
        assertThat(browser.text("#period-error")).contains("'2033-X9' is not a review period");
        assertThat(browser.all(".govuk-form-group--error #period")).hasSize(1);
        assertThat(browser.text("#rating-team-player-error")).contains("Choose a rating for TEAM PLAYER");
        // what was entered is kept
        assertThat(browser.find("#period").getAttribute("value")).isEqualTo("2033-X9");
        assertThat(browser.find("#rating-customer-focus-3").isSelected()).isTrue();
        assertThat(browser.find("#evidence-team-player").getAttribute("value"))
                .isEqualTo("Helped a colleague, but no rating chosen");
        browser.check("review-form-errors");
        // the summary's link jumps to the field
        browser.find(".govuk-error-summary a[href='#period']").click();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("period");

        assertThat(reviews("MK0005")).hasSize(before);
    }

    @Test
    void previewShowsTheAssessmentInTheCouncilsWordsAndStoresNothing() {
        int before = reviews("MK0005").size();
        as("MK0004").open(FORM);
        type("#period", "2033-Q1");
        browser.find("label[for=rating-customer-focus-2]").click();
        browser.find("label[for=observed-customer-focus-p01]").click();
        browser.find("label[for=observed-customer-focus-n01]").click();
        type("#evidence-customer-focus", "Short with two callers in March");
        browser.clickAndWait("#preview-button");

        assertThat(browser.driver().getTitle()).doesNotStartWith("Error");
        String preview = browser.text("#review-preview");
        assertThat(preview).contains("nothing has been saved");
        assertThat(browser.text("#review-readiness")).contains("Level 2");
        assertThat(browser.text("#review-red-flags")).contains("CUSTOMER FOCUS").contains("Impatient with customers");
        assertThat(browser.text("#review-needs")).contains("CUSTOMER FOCUS").contains("priority");
        assertThat(browser.text("#review-gaps")).containsPattern("Show \\d+ more of these \\d+ behaviours");
        // the form keeps what was entered, ready to save
        assertThat(browser.find("#rating-customer-focus-2").isSelected()).isTrue();
        assertThat(browser.find("#observed-customer-focus-n01").isSelected()).isTrue();
        assertThat(browser.find("#period").getAttribute("value")).isEqualTo("2033-Q1");
        browser.check("review-form-preview");

        assertThat(reviews("MK0005")).hasSize(before);
        assertThat(ofPeriod(reviews("MK0005"), "2033-Q1")).isEmpty();
    }

    @Test
    void saveStoresTheReviewAndTheDashboardCountsIt() {
        int counted = readinessCount("2033-H1");
        as("MK0004").open(FORM);
        type("#period", "2033-H1");
        browser.find("label[for=rating-customer-focus-3]").click();
        browser.find("label[for=rating-team-player-4]").click();
        browser.find("label[for=observed-customer-focus-p01]").click();
        browser.find("label[for=observed-customer-focus-p07]").click();
        type("#evidence-customer-focus", "Led the counter's queue changes");
        browser.clickAndWait("#save-button");

        assertThat(browser.path()).isEqualTo("/people/MK0005?saved=2033-H1");
        // Back on the person's page: the banner, and the new review in their history
        assertThat(browser.text("#saved-banner")).contains("The review for 2033-H1 was saved.");
        assertThat(browser.mainText()).contains("2033-H1");
        List<JsonNode> stored = ofPeriod(reviews("MK0005"), "2033-H1");
        assertThat(stored).hasSize(1);
        JsonNode review = stored.get(0).get("review");
        assertThat(stored.get(0).get("submittedBy").asString()).isEqualTo("MK0004");
        assertThat(review.get("framework").asString()).isEqualTo("milton-keynes");
        assertThat(review.get("level").asInt()).isEqualTo(1);
        assertThat(review.get("ratings").toString()).contains("\"competency\":\"customer-focus\",\"rating\":3")
                .contains("Led the counter's queue changes").contains("\"competency\":\"team-player\",\"rating\":4");
        assertThat(review.get("observed").toString()).contains("customer-focus-p01").contains("customer-focus-p07");
        assertThat(api.get("/api/audit?subject=MK0005&limit=5").text()).contains("SUBMIT")
                .contains("POST /people/MK0005/reviews/new (period 2033-H1)");
        assertThat(readinessCount("2033-H1")).isEqualTo(counted + 1);
    }

    @Test
    void aSecondReviewOfAPeriodSaysItWillSupersedeTheFirst() {
        as("MK0004").open(FORM);
        type("#period", "2033-Q3");
        browser.find("label[for=rating-customer-focus-2]").click();
        browser.clickAndWait("#save-button");
        assertThat(browser.path()).isEqualTo("/people/MK0005?saved=2033-Q3");

        browser.open(FORM);
        assertThat(browser.all("#review-supersedes")).as("the default period is not 2033-Q3").isEmpty();
        type("#period", "2033-Q3");
        browser.find("label[for=rating-customer-focus-4]").click();
        browser.clickAndWait("#preview-button");
        assertThat(browser.text("#review-supersedes"))
                .contains("Sam Patel already has a review for 2033-Q3 (saved by MK0004")
                .contains("Saving this one will supersede it");
        browser.open(FORM + "?period=2033-Q3");
        assertThat(browser.text("#review-supersedes")).contains("will supersede it");
        browser.find("label[for=rating-customer-focus-4]").click();
        browser.clickAndWait("#save-button");
        assertThat(browser.path()).isEqualTo("/people/MK0005?saved=2033-Q3");

        List<JsonNode> stored = ofPeriod(reviews("MK0005"), "2033-Q3");
        assertThat(stored).hasSize(2);
        assertThat(stored.stream().filter(r -> r.get("supersededBy") == null || r.get("supersededBy").isNull()))
                .singleElement().satisfies(r -> assertThat(r.get("review").get("ratings").toString())
                        .contains("\"rating\":4"));
    }

    @Test
    void theFormCanBeCompletedWithTheKeyboardAlone() {
        as("MK0004").open(FORM);
        tabTo("period");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("2033-05")
                .perform();
        // Into the rating group: focus lands on the checked "Not rated"; the arrows choose a point
        tabTo("rating-customer-focus-none");
        keys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertThat(browser.find("#rating-customer-focus-3").isSelected()).isTrue();
        tabTo("observed-customer-focus-p02");
        keys(Keys.SPACE);
        tabTo("observed-customer-focus-n02");
        keys(Keys.SPACE);
        tabTo("evidence-customer-focus");
        keys("Answered the phones during the outage");
        tabTo("save-button");
        keys(Keys.ENTER);
        // the key press returns before the browser has followed the redirect
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !browser.path().equals(FORM) || !browser.all(".govuk-error-summary").isEmpty());

        assertThat(browser.path()).as("saved, not: %s", browser.all(".govuk-error-summary").isEmpty() ? ""
                : browser.text(".govuk-error-summary")).isEqualTo("/people/MK0005?saved=2033-05");
        List<JsonNode> stored = ofPeriod(reviews("MK0005"), "2033-05");
        assertThat(stored).hasSize(1);
        JsonNode review = stored.get(0).get("review");
        assertThat(review.get("ratings").toString()).contains("\"competency\":\"customer-focus\",\"rating\":3")
                .contains("Answered the phones during the outage");
        assertThat(review.get("observed").toString()).contains("customer-focus-p02").contains("customer-focus-n02");
    }

    @Test
    void anEmployeeCannotRecordTheirManagersReview() {
        as("MK0005").open("/people/MK0004/reviews/new");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.mainText()).contains("may not submit a review of employee 'MK0004'")
                .contains("only their line manager or an administrator may");
        as("MK0003").open(FORM); // MK0005's manager's manager: not their line manager
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
    }

    @Test
    void anAdministratorMayOpenAnyonesForm() {
        as("admin").open("/people/CC0003/reviews/new");
        assertThat(browser.heading()).isEqualTo("Record a review");
        assertThat(browser.text("#review-employee")).isEqualTo("Mei Chen (CC0003)");
        assertThat(browser.text("#review-framework")).contains("Cambridge");
        // Cambridge's level 2 (first line managers) adds competencies: apart, under their own heading
        assertThat(browser.text("#next-level-heading")).contains("Level 2 – First line manager");
        assertThat(browser.text("#competency-developing-people-and-teams")).contains("DEVELOPING PEOPLE & TEAMS")
                .contains("Creates opportunities to maximise the potential of people and teams.");
        type("#period", "2033-H2");
        browser.find("label[for=rating-developing-people-and-teams-3]").click();
        browser.clickAndWait("#save-button");
        assertThat(browser.path()).isEqualTo("/people/CC0003?saved=2033-H2");
        assertThat(ofPeriod(reviews("CC0003"), "2033-H2")).singleElement().satisfies(r -> {
            assertThat(r.get("submittedBy").asString()).isEqualTo("admin");
            assertThat(r.get("review").get("ratings").toString())
                    .contains("\"competency\":\"developing-people-and-teams\",\"rating\":3");
        });
        browser.open(FORM);
        assertThat(browser.text("#review-employee")).isEqualTo("Sam Patel (MK0005)");
        browser.open("/people/NOBODY/reviews/new");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    private void type(String css, String text) {
        browser.find(css).clear();
        browser.find(css).sendKeys(text);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with {@code id} has the focus. */
    private void tabTo(String id) {
        for (int i = 0; i < 400; i++) {
            if (id.equals(browser.script("return document.activeElement && document.activeElement.id"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private List<JsonNode> reviews(String id) {
        ApiClient.Response response = api.get("/api/employees/" + id + "/reviews");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        response.body().forEach(all::add);
        return all;
    }

    private static List<JsonNode> ofPeriod(List<JsonNode> reviews, String period) {
        return reviews.stream().filter(r -> period.equals(r.get("review").get("period").asString())).toList();
    }

    /** How many people the readiness report counts at Milton Keynes level 1 for {@code period}. */
    private int readinessCount(String period) {
        ApiClient.Response response = api.get("/api/reports/readiness?framework=milton-keynes&level=1&period=" + period);
        assertThat(response.status()).isEqualTo(200);
        int count = 0;
        for (JsonNode row : response.body()) {
            count += row.get("ready").asInt() + row.get("developing").asInt() + row.get("notReady").asInt()
                    + row.get("topLevel").asInt();
        }
        return count;
    }
}
