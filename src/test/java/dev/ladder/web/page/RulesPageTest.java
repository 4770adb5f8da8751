package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The rules page: the rule set in service for analysts and administrators, reloading it, and refusals. */
class RulesPageTest extends PageTest {

    @BeforeAll
    void organisation() {
        api.importExampleOrganisation();
    }

    @Test
    void anAnalystSeesTheRuleSetInServiceAndReloadsIt() {
        JsonNode status = api.get("/api/rules/status").body();
        String version = status.get("version").asString();

        as("analyst").open("/rules");
        assertThat(browser.heading()).isEqualTo("Rules");
        assertThat(browser.text("#rules-version")).isEqualTo(version);
        assertThat(browser.text("#rules-files")).contains("readiness.drl", "red-flags.drl", "conduct-concerns.drl.csv");
        assertThat(browser.find(".ladder-rules-names summary").getText())
                .isEqualTo(status.get("rules").size() + " rules");
        assertThat(browser.text("#rules-last")).contains("succeeded");
        assertThat(browser.all("#rules-problems")).isEmpty();
        assertThat(browser.all("#rules-failed")).isEmpty();
        browser.check("rules");

        browser.clickAndWait("#rules-reload");
        assertThat(browser.path()).isEqualTo("/rules");
        assertThat(browser.text("#rules-reloaded")).contains("The rules compiled", "Rule set " + version + " is in service");
        assertThat(browser.text("#rules-version")).isEqualTo(version);
        assertThat(api.get("/api/rules/status").body().get("version").asString()).isEqualTo(version);
    }

    @Test
    void administratorsSeeTheRulesToo() {
        as("admin").open("/rules");
        assertThat(browser.heading()).isEqualTo("Rules");
        assertThat(browser.text("#rules-version")).isEqualTo(api.get("/api/rules/status").body().get("version").asString());
    }

    @Test
    void employeesAndLndCannotOpenTheRules() {
        as("MK0005").open("/rules");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for ANALYST and ADMIN", "MK0005");
        as("lnd").open("/rules");
        assertThat(browser.text("#error-detail")).contains("This page is for ANALYST and ADMIN", "lnd");
        // nor reload them: the button's address refuses them too, even with a valid CSRF token
        postWithThePagesToken("/rules/reload");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).contains("This page is for ANALYST and ADMIN", "lnd");
        assertThat(api.as("lnd").post("/api/rules/reload").status()).isEqualTo(403);
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
}
