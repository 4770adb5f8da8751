package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may open which page, across the pages: nobody without signing in, L&D no named person (unless
 * {@code ladder.security.lnd-sees-individuals}), employees no administration. Each page's own tests
 * cover its refusals in detail; this is the map of all of them.
 */
class AccessPagesTest extends PageTest {

    private static final List<String> PAGES = List.of("/", "/me", "/team", "/people/MK0005",
            "/people/MK0005/reviews/new", "/dashboard", "/frameworks", "/frameworks/milton-keynes",
            "/frameworks/milton-keynes/levels/1", "/admin/imports", "/admin/audit", "/rules");

    @BeforeAll
    void organisation() {
        api.importExampleOrganisation();
    }

    @Test
    void everyPageAsksAnonymousPeopleToSignIn() {
        for (String page : PAGES) {
            signedOut().open(page);
            assertThat(browser.path()).as(page).isEqualTo("/login");
        }
    }

    @Test
    void landdSeeTheOrganisationButNoNamedPerson() {
        as("lnd").open("/people/MK0005");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text("#error-detail")).isEqualTo("lnd may not see the records of employee 'MK0005'.");
        browser.check("person-refused-lnd");
        browser.open("/people/MK0005/reviews/new");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        browser.open("/dashboard");
        assertThat(browser.heading()).isNotEqualTo("You cannot open this page");
    }

    @Test
    void anEmployeeMayNotOpenAdministrationOrTheDashboard() {
        for (String page : List.of("/admin/imports", "/admin/audit", "/rules", "/dashboard", "/team")) {
            as("MK0005").open(page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot open this page");
            assertThat(browser.text("#error-detail")).as(page).contains("This page is for")
                    .contains("you are signed in as MK0005");
        }
    }

    /**
     * An upload over {@code ladder.max-request-size} that a browser sends anyway (without the page's
     * script) is refused by its declared length before any of it is read; a browser gets the HTML error
     * page saying so, not the API's JSON. Sent over a raw socket that stops after the headers, the way
     * a browser waits for an early answer.
     */
    @Test
    void aTooLargeUploadFromABrowserIsAPageThatSaysSoNotJson() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/imports/people HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=ladder\r\nContent-Length: " + (11 * 1024 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            try {
                for (String line = in.readLine(); line != null && !line.contains("</html>"); line = in.readLine()) {
                    answer.append(line).append('\n');
                }
            } catch (java.net.SocketTimeoutException e) {
                throw new AssertionError("no whole page within 30 s; got:\n" + answer, e);
            }
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer.toString()).containsIgnoringCase("Content-Type: text/html")
                    .contains("larger than 10 MB");
        }
    }
}
