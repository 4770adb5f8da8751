package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import dev.ladder.framework.OntologyWorkspace;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The administrators' pages: the imports (the HR export and the reviews CSV uploaded as files, every
 * problem of a bad file listed by line and column with nothing stored) and the audit trail (filtered by
 * person, paged). Reviews go to people of this test only (AD01xx, without a manager, in a department of
 * their own) and to periods no other test uses, so other tests' counts and latest reviews are untouched.
 */
class AdminPagesTest extends PageTest {

    private static final String PEOPLE_HEADER = "employee_id,name,department,manager_id,framework,level\n";
    private static final String REVIEWS_HEADER = "employee_id,framework,level,period,department,ratings,observed\n";

    private Path files;

    @BeforeAll
    void organisation() throws IOException {
        api.importExampleOrganisation();
        assertThat(api.postCsv("/api/employees/import", PEOPLE_HEADER
                + "AD0101,Ada Importer,Imports Test,,milton-keynes,1\n"
                + "AD0102,Cy Importer,Imports Test,,cambridge,1\n").status()).isEqualTo(200);
        files = Files.createTempDirectory("ladder-admin-pages");
    }

    @AfterAll
    void removeFiles() {
        OntologyWorkspace.delete(files);
    }

    @Test
    void anAdministratorImportsTheHrExportAndSeesHowManyPeople() {
        as("admin").open("/admin/imports");
        assertThat(browser.heading()).isEqualTo("Imports");
        // the expected columns are on the page, behind "Columns of …"
        assertThat(browser.find("#people-import details").getAttribute("textContent"))
                .contains("employee_id,name,department,manager_id,framework,level", "manager_id");
        assertThat(browser.find("#reviews-import details").getAttribute("textContent"))
                .contains("employee_id,framework,level,period,department,ratings,observed");
        assertThat(browser.text("#people-file-hint")).contains("at most 10 MB");
        browser.check("admin-imports");

        upload("people", Path.of("docs/examples/employees.csv"));

        assertThat(browser.path()).isEqualTo("/admin/imports");
        assertThat(browser.text("#import-done")).contains("12 people imported", "employees.csv");
        assertThat(browser.all(".govuk-error-summary")).isEmpty();
        JsonNode person = api.get("/api/employees/CC0002").body();
        assertThat(person.get("name").asString()).isEqualTo("O'Neill, Dan");
        assertThat(person.get("managerId").asString()).isEqualTo("CC0001");
        browser.check("admin-imports-done");
    }

    @Test
    void aBadHrExportListsEveryProblemByLineAndColumnAndStoresNothing() {
        Path bad = write("bad-employees.csv", PEOPLE_HEADER
                + "AD0201,Good Row,Imports Test,,milton-keynes,1\n"
                + "AD0202,Bad Level,Imports Test,,milton-keynes,9\n"
                + "bad/id,Bad Id,Imports Test,,milton-keynes,1\n"
                + "AD0204,Bad Framework,Imports Test,,no-such-council,1\n");
        as("admin").open("/admin/imports");
        upload("people", bad);

        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("bad-employees.csv has 3 problems; nothing was imported");
        assertThat(browser.text("#people-file-error")).contains("3 problems");
        assertThat(problems("#people-problems")).hasSize(3)
                .anySatisfy(p -> assertThat(p).isEqualTo("3 | 6 (level) | level 9 is not a level of 'milton-keynes'"))
                .anySatisfy(p -> assertThat(p).startsWith("4 | 1 (employee_id) | employee id holds '/' (U+002F) at character 4"))
                .anySatisfy(p -> assertThat(p).startsWith("5 | 5 (framework) | unknown framework 'no-such-council'"));
        // the error summary's link leads to the file input
        assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#people-file");
        browser.check("admin-imports-errors");

        // nothing stored: not even the good row
        assertThat(api.get("/api/employees/AD0201").status()).isEqualTo(404);
        assertThat(api.get("/api/employees/AD0202").status()).isEqualTo(404);
    }

    @Test
    void reviewsUploadedAsAFileAreAssessedAndStored() {
        Path good = write("reviews-2033-q1.csv", REVIEWS_HEADER
                + "AD0101,milton-keynes,1,2033-Q1,Imports Test,customer-focus=3;team-player=2,team-player-n01\n"
                + "AD0102,cambridge,1,2033-Q1,Imports Test,communication=3,communication-p02\n");
        as("admin").open("/admin/imports");
        upload("reviews", good);

        assertThat(browser.text("#import-done")).contains("2 reviews imported", "reviews-2033-q1.csv");
        JsonNode stored = latestOf("AD0101", "2033-Q1");
        assertThat(stored).isNotNull();
        assertThat(stored.get("submittedBy").asString()).isEqualTo("admin");
        assertThat(stored.get("assessment").get("redFlags").get(0).get("indicator").asString())
                .isEqualTo("team-player-n01");
        assertThat(latestOf("AD0102", "2033-Q1")).isNotNull();
    }

    @Test
    void aBadReviewsFileListsEveryProblemAndStoresNothing() {
        Path bad = write("bad-reviews.csv", REVIEWS_HEADER
                + "AD0101,milton-keynes,1,2033-Q2,Imports Test,customer-focus=3,\n"
                + "AD0101,milton-keynes,1,2033-Q3,Imports Test,customer-focus=7,no-such-indicator\n"
                + "ZZ0999,milton-keynes,1,2033-Q2,,,\n"
                + "AD0102,milton-keynes,1,2033-Q2,,,\n");
        as("admin").open("/admin/imports");
        upload("reviews", bad);

        assertThat(browser.text(".govuk-error-summary")).contains("bad-reviews.csv has 4 problems; nothing was imported");
        assertThat(browser.text("#reviews-file-error")).contains("4 problems");
        assertThat(problems("#reviews-problems")).hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("3 | 6 (ratings) | 7 is not on the rating scale"))
                .anySatisfy(p -> assertThat(p).startsWith("3 | 7 (observed) | unknown indicator 'no-such-indicator'"))
                .anySatisfy(p -> assertThat(p).startsWith("4 | 1 (employee_id) | no employee 'ZZ0999'"))
                .anySatisfy(p -> assertThat(p).startsWith("5 | 2 (framework) | employee 'AD0102' is on framework 'cambridge'"));
        // nothing stored, not even the good first row
        assertThat(latestOf("AD0101", "2033-Q2")).isNull();
        assertThat(latestOf("AD0101", "2033-Q3")).isNull();
        // the other form is not marked
        assertThat(browser.all("#people-file-error")).isEmpty();
    }

    @Test
    void anUploadWithoutAFileOrLargerThanTheLimitIsAnErrorAtTheForm() throws IOException {
        as("admin").open("/admin/imports");
        browser.clickAndWait("#people-import button[type=submit]");
        assertThat(browser.text("#people-file-error")).contains("Choose the HR export (a CSV file) to upload");
        assertThat(browser.text(".govuk-error-summary")).contains("Choose the HR export");

        // a file over ladder.max-request-size (10 MB) is refused before it is sent
        Path large = files.resolve("too-large.csv");
        byte[] row = "AD0999,Too Large,Imports Test,,milton-keynes,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(large)) {
            out.write(PEOPLE_HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (long written = 0; written <= 10L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
        }
        browser.open("/admin/imports");
        browser.find("#reviews-file").sendKeys(large.toAbsolutePath().toString());
        browser.find("#reviews-import button[type=submit]").click(); // the page's script refuses it: no navigation
        assertThat(browser.path()).isEqualTo("/admin/imports");
        assertThat(browser.text("#reviews-file-error")).contains("larger than 10 MB", "nothing was stored");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
    }

    @Test
    void theAuditTrailShowsTheImportsAndIsFilteredByPersonAndPaged() {
        as("admin").open("/admin/imports");
        upload("people", write("one-person.csv", PEOPLE_HEADER + "AD0103,Di Audited,Imports Test,,leicester,1\n"));
        assertThat(browser.text("#import-done")).contains("1 person imported");
        // 55 reads of AD0103, so the entries about them fill two pages
        ApiClient admin = api.as("admin");
        for (int i = 0; i < 55; i++) {
            assertThat(admin.get("/api/employees/AD0103").status()).isEqualTo(200);
        }

        browser.open("/admin/audit");
        assertThat(browser.heading()).isEqualTo("Audit trail");
        List<String> first = rows();
        assertThat(first).hasSize(50);
        assertThat(first.get(0)).contains("admin", "READ", "AD0103", "GET /api/employees/AD0103");
        assertThat(browser.find(".govuk-pagination")).isNotNull();
        browser.check("admin-audit");

        // filtered by the person, with the form
        browser.find("#person").sendKeys("AD0103");
        browser.clickAndWait(".ladder-audit-filter button[type=submit]");
        assertThat(browser.path()).isEqualTo("/admin/audit?person=AD0103");
        assertThat(browser.text("#audit-showing")).isEqualTo("Showing 1 to 50 of 55 entries about AD0103, latest first.");
        assertThat(rows()).hasSize(50).allSatisfy(r -> assertThat(r).contains("READ", "AD0103"));
        browser.clickAndWait(".govuk-pagination__next a");
        assertThat(browser.path()).isEqualTo("/admin/audit?person=AD0103&page=2");
        assertThat(browser.text("#audit-showing")).isEqualTo("Showing 51 to 55 of 55 entries about AD0103, latest first.");
        assertThat(rows()).hasSize(5).allSatisfy(r -> assertThat(r).contains("AD0103"));
        assertThat(browser.all(".govuk-pagination__next")).isEmpty();
        browser.check("admin-audit-filtered");

        // the import is in the trail, recorded as the API records one (IMPORT, about many people)
        boolean found = false;
        for (int page = 1; page <= 3 && !found; page++) {
            browser.open("/admin/audit?page=" + page);
            found = rows().stream().anyMatch(r -> r.contains("IMPORT") && r.contains("many (an import)")
                    && r.contains("POST /admin/imports/people (1 people)"));
        }
        assertThat(found).as("the page's import in the audit trail").isTrue();
        assertThat(api.get("/api/audit?limit=200").body().findValuesAsString("what"))
                .contains("POST /admin/imports/people (1 people)");

        // a person nobody read
        browser.open("/admin/audit?person=ZZ0000");
        assertThat(browser.text("#audit-showing")).isEqualTo("No entries about ZZ0000.");
        assertThat(browser.all("#audit-entries")).isEmpty();
    }

    @Test
    void onlyAdministratorsMayOpenTheAdministrationPages() {
        as("MK0005").open("/admin/imports");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for ADMIN", "MK0005");
        as("lnd").open("/admin/audit");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for ADMIN", "lnd");
        browser.open("/admin/imports");
        assertThat(browser.text("#error-detail")).contains("This page is for ADMIN");
        // and neither menu lists them
        assertThat(browser.text("header").concat(browser.all(".govuk-service-navigation").isEmpty() ? ""
                : browser.text(".govuk-service-navigation"))).doesNotContain("Imports", "Audit trail");
        // a form posted without the page's CSRF token is refused
        assertThat(api.anonymous().postForm("/admin/imports/people", "file=x").status()).isEqualTo(403);
        // and one with it, by someone who is not an administrator, too
        as("MK0005").open("/me");
        postWithThePagesToken("/admin/imports/reviews");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for ADMIN", "MK0005");
    }

    /**
     * Posts an empty form to {@code action} from the page shown, with the page's own CSRF token (the
     * header's sign-out form carries one), as a forged button would; waits for the answer's page.
     */
    private void postWithThePagesToken(String action) {
        browser.script("const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
                + "form.append(document.querySelector('input[name=_csrf]').cloneNode());"
                + "document.body.append(form); form.submit();", action);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> browser.path().equals(action));
    }

    private void upload(String kind, Path file) {
        browser.find("#" + kind + "-file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#" + kind + "-import button[type=submit]");
    }

    /** The rows of a problems table as "line | column | message". */
    private List<String> problems(String table) {
        return browser.all(table + " tbody tr").stream().map(r -> String.join(" | ",
                r.findElements(org.openqa.selenium.By.tagName("td")).stream().map(WebElement::getText).toList()))
                .toList();
    }

    private List<String> rows() {
        return browser.all("#audit-entries tbody tr").stream().map(WebElement::getText).toList();
    }

    /** The stored review of {@code person} for {@code period}, or null. */
    private JsonNode latestOf(String person, String period) {
        for (JsonNode review : api.get("/api/employees/" + person + "/reviews").body()) {
            if (period.equals(review.get("review").get("period").asString())) {
                return review;
            }
        }
        return null;
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(files.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
