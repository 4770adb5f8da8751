package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * What Ladder stores agrees with itself, over real HTTP: a review's level is the register's, its
 * period is a period, its text is well-formed, its JSON has each key once, and every problem of a
 * body is reported at once. Each person reviewed here is new (a random id), so nothing else stored
 * in the shared test store can be mistaken for what these tests store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewIntegrityApiTest {

    /** A review of %1$s at level %2$s, period %3$s. */
    private static final String REVIEW = """
            { "employeeId": "%s", "framework": "milton-keynes", "level": %s, "period": "%s",
              "ratings": [ {"competency": "customer-focus", "rating": 3} ] }""";

    @LocalServerPort
    int port;
    ApiClient admin;
    String person;
    String department;

    @BeforeEach
    void aNewPersonAtLevelOne() {
        admin = new ApiClient(port);
        person = "RI" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        department = "Integrity " + person;
        assertThat(admin.postCsv("/api/employees/import", "employee_id,name,department,manager_id,framework,level\n"
                + person + ",Robin Integrity," + department + ",,milton-keynes,1\n").status()).isEqualTo(200);
    }

    @Test
    void aReviewAtAnotherLevelThanTheRegistersIsRefusedAndNothingIsStored() {
        ApiClient.Response response = admin.post("/api/reviews", REVIEW.formatted(person, 2, "2026"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(problems(response)).singleElement().satisfies(p -> {
            assertThat(p.get("path").asString()).isEqualTo("$.level");
            assertThat(p.get("message").asString()).contains("at level 1 in the organisation register, not 2");
        });
        assertThat(storedReviews()).isEmpty();
        assertThat(admin.post("/api/reviews", REVIEW.formatted(person, 1, "2026")).status()).isEqualTo(201);
    }

    @Test
    void aTryOutMayAssessAnyLevelOfTheFramework() {
        ApiClient.Response response = admin.post("/api/assessments", REVIEW.formatted(person, 3, "2026"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("level").asInt()).isEqualTo(3);
    }

    @Test
    void aPeriodThatIsNotAPeriodIsRefusedWithTheFormats() {
        ApiClient.Response response = admin.post("/api/reviews", REVIEW.formatted(person, 1, "banana"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(problems(response)).singleElement().satisfies(p -> {
            assertThat(p.get("path").asString()).isEqualTo("$.period");
            assertThat(p.get("message").asString()).contains("'banana' is not a review period")
                    .contains("2026", "2026-H1", "2026-Q1", "2026-01");
        });
        assertThat(storedReviews()).isEmpty();
    }

    @Test
    void anUnpairedSurrogateIsA400NamingTheFieldNotA500() {
        // The JSON escape \ud800 (written here as \\ud800) is a high surrogate with no low one after it.
        ApiClient.Response response = admin.post("/api/reviews", """
                { "employeeId": "%s", "framework": "milton-keynes", "level": 1, "period": "2026\\ud800",
                  "ratings": [ {"competency": "customer-focus", "rating": 3, "comment": "a\\ud800b"} ],
                  "observed": [ {"indicator": "customer-focus-p01", "evidence": "bell\\u0007"} ] }"""
                .formatted(person));

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactlyInAnyOrder("$.period", "$.ratings[0].comment",
                "$.observed[0].evidence");
        assertThat(problems(response)).filteredOn(p -> p.get("path").asString().equals("$.period")).singleElement()
                .satisfies(p -> assertThat(p.get("message").asString()).contains("invalid Unicode", "U+D800"));
        assertThat(storedReviews()).isEmpty();
    }

    @Test
    void aDuplicateKeyIsRefusedRatherThanTheLastOneWinning() {
        ApiClient.Response response = admin.post("/api/reviews", """
                { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "2026",
                  "employeeId": "%s" }""".formatted(person));

        assertThat(response.status()).isEqualTo(400);
        assertThat(problems(response)).singleElement().satisfies(p -> {
            assertThat(p.get("path").asString()).isEqualTo("$.employeeId");
            assertThat(p.get("message").asString()).contains("duplicate key 'employeeId'");
        });
        assertThat(storedReviews()).isEmpty();
    }

    @Test
    void anUnknownFieldDoesNotHideTheOtherProblems() {
        String body = """
                { "employeeId": "%s", "framework": "milton-keynes", "level": 1, "period": "2026", "departmnet": "x",
                  "ratings": [ {"competency": "customer-focus", "rating": 9}, {"competency": "no-such-thing", "rating": 3} ] }"""
                .formatted(person);

        for (String path : List.of("/api/reviews", "/api/assessments")) {
            ApiClient.Response response = admin.post(path, body);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(paths(response)).as(path).containsExactlyInAnyOrder("$.departmnet", "$.ratings[0].rating",
                    "$.ratings[1].competency");
        }
        assertThat(storedReviews()).isEmpty();
    }

    @Test
    void anUnreadableBodyIsA400EvenForSomeoneWhoMayNotSubmit() {
        ApiClient employee = admin.as(person);

        ApiClient.Response response = employee.post("/api/reviews", "{\"employeeId\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactly("$");
        // A readable, valid review of themself is refused for who they are: only a line manager submits.
        assertThat(employee.post("/api/reviews", REVIEW.formatted(person, 1, "2026")).status()).isEqualTo(403);
    }

    @Test
    void reportsCountTheLatestPeriodInTimeOrderNotTextOrder() {
        // 2026-H1 (January to June) comes before 2026 (the year, reviewed at its end), though it sorts after as text.
        assertThat(admin.post("/api/reviews", REVIEW.formatted(person, 1, "2026")).status()).isEqualTo(201);
        assertThat(admin.post("/api/reviews", REVIEW.formatted(person, 1, "2026-H1")
                .replace("\"rating\": 3", "\"rating\": 1")).status()).isEqualTo(201);

        JsonNode readiness = admin.get("/api/reports/readiness?department=" + department.replace(" ", "%20")).body();

        assertThat(readiness).singleElement().satisfies(count -> {
            assertThat(count.get("notReady").asInt()).as("the 2026-H1 review, rated 1").isZero();
            assertThat(count.get("developing").asInt()).as("the 2026 review").isEqualTo(1);
        });
        JsonNode assessment = admin.get("/api/employees/" + person + "/assessment").body();
        assertThat(assessment.get("period").asString()).isEqualTo("2026");
    }

    private List<JsonNode> storedReviews() {
        ApiClient.Response response = admin.get("/api/employees/" + person + "/reviews");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> reviews = new ArrayList<>();
        response.body().forEach(reviews::add);
        return reviews;
    }

    private static List<JsonNode> problems(ApiClient.Response response) {
        assertThat(response.body().get("problems")).as(response.text()).isNotNull();
        List<JsonNode> problems = new ArrayList<>();
        response.body().get("problems").forEach(problems::add);
        return problems;
    }

    private static List<String> paths(ApiClient.Response response) {
        return problems(response).stream().map(p -> p.get("path").asString()).toList();
    }
}
