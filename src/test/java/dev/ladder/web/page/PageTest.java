package dev.ladder.web.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.web.ApiClient;

/**
 * A page test: the whole service on a random port with the production configuration, and one
 * Chromium for the class. Every page test class extends this, so they share one Spring context (and
 * its store): each test uses the people it imports itself, or counts what is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTest {

    @LocalServerPort
    int port;

    Browser browser;
    ApiClient api;

    @BeforeAll
    void startBrowser() {
        api = new ApiClient(port);
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh browser session: signed out, at the sign-in page. */
    Browser signedOut() {
        browser.driver().manage().deleteAllCookies();
        return browser;
    }

    /** Signed in as {@code user} (demo account, the tests' password), in a fresh session. */
    Browser as(String user) {
        signedOut().signIn(user);
        // A sign-in that did not take would show the sign-in page again; every later check of the test
        // would then fail for a reason that has nothing to do with what it checks.
        org.assertj.core.api.Assertions.assertThat(browser.all(".ladder-sign-out__button"))
                .as("signed in as %s; the page shown is %s: %s", user, browser.path(), browser.text("body"))
                .isNotEmpty();
        return browser;
    }
}
