package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.organisation.Csv;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/reviews/import over real HTTP, on a store of its own: a good file is assessed with
 * history and stored whole (visible per person and in the reports); a bad one is a 400 listing every
 * problem by line and column, and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ladder.watch-rules=false", "spring.application.name=ladder-review-import-test"})
class ReviewImportApiTest {

    private static final String HEADER = "employee_id,framework,level,period,department,ratings,observed\n";

    @LocalServerPort
    int port;

    @BeforeEach
    void register() throws IOException {
        ApiClient.Response imported = post("/api/employees/import", Files.readString(Path.of("docs/examples/employees.csv"))
                + "MK0006,Lee Brown,Revenues and Benefits,MK0004,milton-keynes,1\n");
        assertThat(imported.status()).isEqualTo(200);
    }

    @Test
    void aGoodFileIsAssessedWithHistoryAndStoredWhole() throws IOException {
        int before = peopleInReadinessReport();
        ApiClient.Response response = post("/api/reviews/import", Files.readString(Path.of("docs/examples/reviews.csv")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("stored").asInt()).isEqualTo(14);

        JsonNode reviews = get("/api/employees/MK0005/reviews").body();
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).get("review").get("period").asString()).isEqualTo("2025");
        assertThat(reviews.get(0).get("submittedBy").asString()).isEqualTo("admin");
        JsonNode flag = reviews.get(1).get("assessment").get("redFlags").get(0);
        assertThat(flag.get("indicator").asString()).isEqualTo("team-player-n01");
        assertThat(flag.get("severity").asString()).isEqualTo("serious");
        assertThat(flag.get("because").asString()).contains("it was also observed in the previous review (2025)");
        assertThat(get("/api/employees/MK0001/readiness").body().get("status").asString()).isEqualTo("TOP_LEVEL");

        assertThat(peopleInReadinessReport() - before).isEqualTo(5);
        List<String> serious = new ArrayList<>();
        get("/api/reports/red-flags").body().forEach(row -> {
            if (row.get("serious").asInt() > 0) {
                serious.add(row.get("indicator").asString());
            }
        });
        assertThat(serious).contains("team-player-n01");
        theCsvExportHoldsWhatTheJsonDoes("/api/reports/red-flags");
    }

    /** A report as CSV, read back with the one CSV reader, has the JSON report's rows and cells. */
    private void theCsvExportHoldsWhatTheJsonDoes(String report) {
        ApiClient.Response csv = get(report + "?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<Csv.Row> rows = Csv.parse(csv.text());
        JsonNode json = get(report).body();
        assertThat(rows).hasSize(json.size() + 1);
        List<String> header = rows.get(0).cells();
        assertThat(header).contains("framework", "indicator", "text");
        for (int i = 0; i < json.size(); i++) {
            for (int column = 0; column < header.size(); column++) {
                JsonNode value = json.get(i).get(header.get(column));
                assertThat(rows.get(i + 1).cells().get(column)).as(header.get(column))
                        .isEqualTo(value.isNull() ? "" : value.asString());
            }
        }
    }

    @Test
    void aMalformedFileIsA400NamingItsLine() {
        ApiClient.Response response = post("/api/reviews/import", HEADER
                + "MK0006,milton-keynes,1,2026,,customer-focus=3,customer-focus-p01\n"
                + "MK0006,milton-keynes,1,2025,\"Revenues,customer-focus=3,\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("line").asInt()).isEqualTo(3);
            assertThat(p.get("message").asString()).contains("never closed");
        });
        assertThat(get("/api/employees/MK0006/reviews").body()).isEmpty();
    }

    @Test
    void aBadFileIsA400WithEveryProblemAndStoresNothing() {
        ApiClient.Response response = post("/api/reviews/import", HEADER
                + "MK0006,milton-keynes,1,2026,,customer-focus=3,customer-focus-p01\n"
                + "MK0006,milton-keynes,1,2025,,customer-focus=three,\n"
                + "ZZ0001,milton-keynes,1,2026,,,\n"
                + "CC0003,milton-keynes,1,2026,,,\n"
                + "MK0005,milton-keynes,1,2027,,customer-focus=5,no-such-indicator\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Invalid CSV");
        List<String> problems = new ArrayList<>();
        response.body().get("problems").forEach(p -> problems.add(p.get("line").asInt() + " "
                + p.get("column").asString() + ": " + p.get("message").asString()));
        assertThat(problems).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("3 ratings: rating 1"))
                .anySatisfy(p -> assertThat(p).startsWith("4 employee_id: no employee 'ZZ0001'"))
                .anySatisfy(p -> assertThat(p).startsWith("5 framework: employee 'CC0003' is on framework 'cambridge'"))
                .anySatisfy(p -> assertThat(p).startsWith("6 ratings: 5 is not on the rating scale"))
                .anySatisfy(p -> assertThat(p).startsWith("6 observed: unknown indicator 'no-such-indicator'"));
        assertThat(get("/api/employees/MK0006/reviews").body()).isEmpty();
        assertThat(get("/api/employees/MK0005/reviews").body()).noneSatisfy(
                r -> assertThat(r.get("review").get("period").asString()).isEqualTo("2027"));
    }

    @Test
    void anImportFollowsTheStoredHistory() {
        assertThat(post("/api/reviews/import", HEADER + "MK0006,milton-keynes,1,2024,,customer-focus=3,"
                + "customer-focus-n03\n").status()).isEqualTo(200);

        ApiClient.Response response = post("/api/reviews/import", HEADER
                + "MK0006,milton-keynes,1,2025,,customer-focus=3,customer-focus-n03\n");

        assertThat(response.body().get("stored").asInt()).isEqualTo(1);
        JsonNode latest = get("/api/employees/MK0006/assessment").body();
        assertThat(latest.get("period").asString()).isEqualTo("2025");
        assertThat(latest.get("redFlags").get(0).get("because").asString()).contains("previous review (2024)");
    }

    /** How many people of Milton Keynes the readiness report counts. */
    private int peopleInReadinessReport() {
        int counted = 0;
        for (JsonNode row : get("/api/reports/readiness?framework=milton-keynes").body()) {
            counted += row.get("ready").asInt() + row.get("developing").asInt() + row.get("notReady").asInt()
                    + row.get("topLevel").asInt();
        }
        return counted;
    }

    private ApiClient.Response get(String path) {
        return new ApiClient(port).get(path);
    }

    private ApiClient.Response post(String path, String csv) {
        return new ApiClient(port).postCsv(path, csv);
    }
}
