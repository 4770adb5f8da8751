package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import dev.ladder.web.ApiClient;

/**
 * Debian's Chromium driven by Selenium, as a person at a desk or on a phone uses Ladder's pages: sign in,
 * open pages, fill in forms. Also the checks every page passes: axe-core's WCAG 2.1 A and AA rules (no
 * serious or critical violation), no sideways scrolling at 375 px, and screenshots at both widths under
 * {@code target/pages/} ({@code docs/pages/} keeps committed copies; see the README's tour).
 * Chromium's flags are those ../shared/STACK.md found necessary here (no sandbox as root, no outside
 * network, a fresh profile).
 */
final class Browser implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 375;
    static final Path SCREENSHOTS = Path.of("target", "pages");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("ladder-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ladder.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP_WIDTH + ",900");
        // The browser's console, to catch what the Content-Security-Policy blocked and script errors
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ladder.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} (from the server's root). */
    Browser open(String path) {
        // Mark the document shown now, then wait until a document without the mark has loaded: right
        // after a form's redirect the browser may still be busy with that page, and a check made as
        // soon as get() returns could read it instead of the one asked for.
        boolean newDocument = !path.contains("#");
        if (newDocument) {
            driver.executeScript("window.ladderPreviousPage = true;");
        }
        driver.get(base + path);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && (!arguments[0] || !window.ladderPreviousPage);",
                newDocument)));
        return this;
    }

    /** The path (and query) of the page shown now. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Signs in through the sign-in form, with the tests' demo password. */
    Browser signIn(String user) {
        return signIn(user, ApiClient.TEST_PASSWORD);
    }

    Browser signIn(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        return clickAndWait("main button[type=submit]");
    }

    /** Signs out with the header's button, if signed in. */
    Browser signOut() {
        List<WebElement> buttons = driver.findElements(By.cssSelector(".ladder-sign-out__button"));
        if (!buttons.isEmpty()) {
            clickAndWait(buttons.get(0));
        }
        return this;
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the page it was on has gone:
     * a click returns as soon as the browser has it, not when the next page is there.
     */
    Browser clickAndWait(String css) {
        return clickAndWait(find(css));
    }

    Browser clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page));
        return this;
    }

    /**
     * Whether the page's root element has gone with its document. Chromium answers a question about an
     * element of a document being replaced either "stale" or, while the new one is being put in, the
     * inspector's "does not belong to the document"; both mean the old page has gone (CI once failed on
     * the second, which Selenium's {@code stalenessOf} does not expect).
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the first element matching {@code css}. */
    String text(String css) {
        return find(css).getText();
    }

    /** The main content's visible text. */
    String mainText() {
        return text("main");
    }

    String heading() {
        return text("h1");
    }

    /** Waits until {@code css} matches something (pages whose scripts draw after load). */
    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * The checks every page passes, then its screenshots as {@code name}: axe-core (WCAG 2.1 A and AA,
     * no serious or critical violation), usable at 375 px without sideways scrolling.
     */
    Browser check(String name) {
        console();
        accessible();
        screenshots(name);
        return this;
    }

    /**
     * Nothing in the browser's console that the Content-Security-Policy refused (an inline script or
     * style, something from another site) and no uncaught script error, since the last look.
     */
    Browser console() {
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
                .toList();
        assertThat(problems).as("browser console on %s", path()).isEmpty();
        return this;
    }

    /** axe-core in the page: WCAG 2.0/2.1 A and AA rules; fails on any violation of serious or critical impact. */
    Browser accessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe-core violations on %s:%n%s", path(), serious.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    /**
     * Screenshots at desktop and phone width ({@code target/pages/<name>-desktop.png}, {@code -phone.png}),
     * the whole page's height; at phone width the page must not scroll sideways.
     */
    Browser screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            shoot(DESKTOP_WIDTH, SCREENSHOTS.resolve(name + "-desktop.png"));
            shoot(PHONE_WIDTH, SCREENSHOTS.resolve(name + "-phone.png"));
            Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
            Number innerWidth = (Number) script("return window.innerWidth");
            assertThat(scrollWidth.intValue()).as("page %s at %d px: content is %d px wide, so it scrolls sideways",
                    path(), PHONE_WIDTH, scrollWidth.intValue()).isLessThanOrEqualTo(innerWidth.intValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
        }
        return this;
    }

    private void shoot(int width, Path file) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, Math.min(Math.max(height.intValue() + 100, 600), 8000)));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
