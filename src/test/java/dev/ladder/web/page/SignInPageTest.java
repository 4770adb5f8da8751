package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ladder.web.ApiClient;

/** Signing in and out of the pages, the home page per role, refusals and the security headers. */
class SignInPageTest extends PageTest {

    @BeforeAll
    void organisation() {
        api.importExampleOrganisation();
    }

    @Test
    void aPageAsksAnonymousPeopleToSignInFirst() {
        signedOut().open("/me");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in to Ladder");
        browser.check("login");
    }

    @Test
    void aWrongPasswordIsShownInTheErrorSummaryAndAtTheField() {
        signedOut().signIn("admin", "not-the-password");
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text(".govuk-error-summary")).contains("The user name or password is wrong");
        assertThat(browser.text(".govuk-error-message")).contains("The user name or password is wrong");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.check("login-error");
    }

    @Test
    void eachPersonLandsWhereTheyWorkMostAndCanSignOut() {
        as("MK0003");
        assertThat(browser.path()).isEqualTo("/team");
        as("MK0005");
        assertThat(browser.path()).isEqualTo("/me");
        as("lnd");
        assertThat(browser.path()).isEqualTo("/dashboard");
        as("analyst");
        assertThat(browser.path()).isEqualTo("/rules");
        assertThat(browser.text("header")).contains("Signed in as analyst");
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signed-out");
        assertThat(browser.mainText()).contains("You have signed out");
        browser.open("/rules");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aFontAskedForBeforeSigningInIsNotWhereSigningInLeads() {
        signedOut().open("/login");
        // what GOV.UK Frontend's style sheet asks for, as the browser asks for it (Accept: */*)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/assets/fonts/light-f591b13f7d-v2.woff').then(() => done(), () => done());");

        browser.signIn("lnd");

        assertThat(browser.path()).isEqualTo("/dashboard");
    }

    @Test
    void anUnknownAddressIsAPageNotAStackTrace() {
        as("MK0005").open("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.text("#error-detail")).isEqualTo("Nothing is served at /no-such-page.");
        browser.check("not-found");
    }

    @Test
    void pagesSendAStrictContentSecurityPolicyAndFormsCarryCsrfTokens() {
        ApiClient.Response login = api.anonymous().get("/login");
        assertThat(login.status()).isEqualTo(200);
        String csp = login.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(login.text()).contains("name=\"_csrf\"");
        // A form posted without the token is refused, and nobody is signed in
        ApiClient.Response forged = api.anonymous().postForm("/login", "username=admin&password=" + ApiClient.TEST_PASSWORD);
        assertThat(forged.status()).isEqualTo(403);
    }
}
