package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.ladder.demo.Demo;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;

/**
 * Each web page's time, as a signed-in browser gets it (HTML, over loopback HTTP, one client), with
 * the demo organisation at 10,000 people and its three periods of reviews. JMH's sample mode gives the
 * median and the tail. The store is generated once under {@code target/bench-store/pages-demo-10000}
 * and reused. Each page is asked for as the person it is for: an employee for {@code me}, their
 * manager for {@code team}, {@code person} and {@code review-form}, L&D for the dashboard, an analyst
 * for the rules, the administrator for the administration pages. Run as docs/benchmarks.md says,
 * "Page benchmark"; never part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class PageBenchmark {

    static final int EMPLOYEES = 10_000;

    @Param({"me", "person", "team", "review-form", "dashboard", "frameworks", "framework", "framework-level",
            "frameworks-search", "admin-imports", "admin-audit", "rules"})
    public String page;

    /**
     * Fill the audit trail up to this many entries before measuring (0: leave it as earlier runs left
     * it), so the audit page is measured on a trail of a stated size.
     */
    @Param("0")
    public int auditEntries;

    private BenchApp app;
    private PageSession session;
    private String path;

    @Setup(Level.Trial)
    public void start() {
        Path store = Path.of("target", "bench-store", "pages-demo-" + EMPLOYEES).toAbsolutePath();
        boolean fresh = !Files.isDirectory(store);
        app = BenchApp.start(store, true);
        if (fresh || app.bean(Organisation.class).all().isEmpty()) {
            Demo.Result demo = app.bean(Demo.class).generate(EMPLOYEES);
            System.out.printf("%ngenerated the demo organisation: %,d people, %,d reviews in %,d ms%n",
                    demo.employees(), demo.reviews(), demo.millis());
        }
        fillAuditTrail();
        Organisation organisation = app.bean(Organisation.class);
        Employee manager = organisation.all().stream().filter(e -> !organisation.directReports(e.id()).isEmpty())
                .findFirst().orElseThrow();
        Employee report = organisation.directReports(manager.id()).get(0);
        Map<String, String[]> pages = Map.ofEntries(
                Map.entry("me", new String[] {report.id(), "/me"}),
                Map.entry("person", new String[] {manager.id(), "/people/" + report.id()}),
                Map.entry("team", new String[] {manager.id(), "/team"}),
                Map.entry("review-form", new String[] {manager.id(), "/people/" + report.id() + "/reviews/new"}),
                Map.entry("dashboard", new String[] {"lnd", "/dashboard"}),
                Map.entry("frameworks", new String[] {report.id(), "/frameworks"}),
                Map.entry("framework", new String[] {report.id(), "/frameworks/" + report.framework()}),
                Map.entry("framework-level", new String[] {report.id(),
                        "/frameworks/" + report.framework() + "/levels/" + report.level()}),
                Map.entry("frameworks-search", new String[] {report.id(), "/frameworks/search?q=team"}),
                Map.entry("admin-imports", new String[] {BenchApp.USER, "/admin/imports"}),
                Map.entry("admin-audit", new String[] {BenchApp.USER, "/admin/audit"}),
                Map.entry("rules", new String[] {"analyst", "/rules"}));
        String[] who = pages.get(page);
        session = PageSession.signIn(app.port, who[0], BenchApp.PASSWORD);
        path = who[1];
        String html = session.get(path);
        System.out.printf("%n%s as %s: %,d characters of HTML%n", path, who[0], html.length());
    }

    private void fillAuditTrail() {
        dev.ladder.security.audit.AuditRepository audit =
                new dev.ladder.security.audit.AuditRepository(app.bean(dev.ladder.store.RdfStore.class));
        long missing = auditEntries - audit.count(null);
        java.time.Instant at = java.time.Instant.parse("2026-01-05T09:00:00Z");
        for (long written = 0; written < missing; written += 1000) {
            java.util.List<dev.ladder.security.AuditTrail.Entry> batch = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(1000, missing - written); i++) {
                at = at.plusMillis(250);
                batch.add(new dev.ladder.security.AuditTrail.Entry(at, "admin", "READ", "MK" + (i % 500),
                        "GET /api/employees/MK" + (i % 500) + "/assessment"));
            }
            audit.appendAll(batch);
        }
        if (missing > 0) {
            System.out.printf("%nfilled the audit trail to %,d entries%n", audit.count(null));
        }
    }

    @Benchmark
    public String get() {
        return session.get(path);
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    /** A browser's session with the pages: signed in through the form, cookie kept, HTML asked for. */
    static final class PageSession {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient client;
        private final String base;

        private PageSession(int port) {
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            this.base = "http://localhost:" + port;
        }

        static PageSession signIn(int port, String user, String password) {
            PageSession session = new PageSession(port);
            Matcher token = CSRF.matcher(session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                    .GET().build(), 200));
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
            session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
            return session;
        }

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                    200);
        }

        private String send(HttpRequest request, int expected) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                            + response.statusCode() + ", expected " + expected);
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
