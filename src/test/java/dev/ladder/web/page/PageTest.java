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
        return signedOut().signIn(user);
    }
}
