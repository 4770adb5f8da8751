package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Every access boundary, over real HTTP with the demo accounts: the organisation of
 * {@code docs/examples/employees.csv} (MK0003 manages MK0004, who manages MK0005; CC0002 manages
 * CC0003 in another council).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityBoundariesTest {

    private static final String REVIEW = """
            { "employeeId": "%s", "framework": "milton-keynes", "level": %d, "period": "%s",
              "ratings": [ {"competency": "customer-focus", "rating": 3} ] }""";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.observation.ObservationRegistry observations;
    ApiClient admin;

    @BeforeEach
    void organisation() {
        admin = new ApiClient(port);
        assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
    }

    /** Spring Security's own observations cost CPU on every request and nothing reads them (application.properties). */
    @Test
    void securityIsNotObservedButRequestsStillAre() {
        io.micrometer.observation.Observation filterChain =
                io.micrometer.observation.Observation.start("spring.security.filterchains", observations);
        io.micrometer.observation.Observation request =
                io.micrometer.observation.Observation.start("http.server.requests", observations);

        assertThat(filterChain.isNoop()).isTrue();
        assertThat(request.isNoop()).isFalse();
        filterChain.stop();
        request.stop();
    }

    @Test
    void anonymousCallersGet401AndOnlyHealthIsOpen() {
        ApiClient.Response response = admin.anonymous().get("/api/frameworks");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("detail").asString()).contains("Sign in");
        assertThat(admin.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(new ApiClient(port, "admin", "wrong").get("/api/frameworks").status()).isEqualTo(401);
    }

    @Test
    void aManagerSubmitsReviewsOfTheirDirectReportsOnly() {
        assertThat(admin.as("MK0003").post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026")).status()).isEqualTo(201);
        assertThat(admin.as("MK0003").post("/api/reviews", REVIEW.formatted("MK0005", 1, "2026")).status()).isEqualTo(403);
        assertThat(admin.as("MK0005").post("/api/reviews", REVIEW.formatted("MK0005", 1, "2026")).status()).isEqualTo(403);
    }

    @Test
    void anEmployeeSeesTheirOwnAssessmentButNotAnothers() {
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026"));
        admin.post("/api/reviews", REVIEW.formatted("MK0005", 1, "2026"));

        assertThat(admin.as("MK0005").get("/api/employees/MK0005/assessment").status()).isEqualTo(200);
        ApiClient.Response other = admin.as("MK0005").get("/api/employees/MK0004/assessment");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body().get("detail").asString()).contains("MK0004");
    }

    @Test
    void aManagerSeesTheirTeamButNotAnotherTeam() {
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026"));

        assertThat(admin.as("MK0003").get("/api/employees/MK0004/assessment").status()).isEqualTo(200);
        assertThat(admin.as("CC0002").get("/api/employees/MK0004/assessment").status()).isEqualTo(403);
        assertThat(ids(admin.as("MK0003").get("/api/employees").body())).containsExactly("MK0003", "MK0004");
    }

    @Test
    void lndSeesReportsWithoutNamesButNotIndividuals() {
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026"));

        assertThat(admin.as("lnd").get("/api/employees/MK0004/assessment").status()).isEqualTo(403);
        ApiClient.Response report = admin.as("lnd").get("/api/reports/readiness");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("milton-keynes").doesNotContain("Jo Lewis").doesNotContain("MK0004");
        assertThat(admin.as("MK0003").get("/api/reports/readiness").status()).isEqualTo(403);
    }

    @Test
    void analystsSeeRulesAndOthersDoNot() {
        assertThat(admin.as("analyst").get("/api/rules/status").status()).isEqualTo(200);
        assertThat(admin.as("MK0004").get("/api/rules/status").status()).isEqualTo(403);
        assertThat(admin.as("analyst").get("/api/reports/readiness").status()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsImportEraseAndReadTheAuditTrail() {
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026"));
        admin.as("MK0003").get("/api/employees/MK0004/assessment");

        assertThat(admin.as("lnd").postCsv("/api/employees/import", "x").status()).isEqualTo(403);
        assertThat(admin.as("MK0003").delete("/api/employees/MK0004").status()).isEqualTo(403);
        assertThat(admin.as("MK0003").get("/api/audit").status()).isEqualTo(403);

        List<String> trail = new ArrayList<>();
        admin.get("/api/audit?subject=MK0004").body()
                .forEach(e -> trail.add(e.get("actor").asString() + " " + e.get("action").asString()));
        assertThat(trail).contains("MK0003 READ", "admin SUBMIT");
    }

    @Test
    void erasureRemovesThePersonButKeepsTheAuditOfIt() {
        admin.post("/api/reviews", REVIEW.formatted("MK0005", 1, "2026"));
        // other tests of this shared context may have reviewed MK0005 too: every stored review goes
        int stored = admin.get("/api/employees/MK0005/reviews").body().size();

        ApiClient.Response erased = admin.delete("/api/employees/MK0005");

        assertThat(stored).isPositive();
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().get("reviewsErased").asInt()).isEqualTo(stored);
        assertThat(admin.get("/api/employees/MK0005").status()).isEqualTo(404);
        assertThat(admin.get("/api/audit?subject=MK0005").text()).contains("ERASE");
        assertThat(admin.as("MK0005").get("/api/frameworks").status()).isEqualTo(401);
    }

    @Test
    void aSubjectAccessRequestDownloadsTheWholeRecord() {
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2025"));
        admin.post("/api/reviews", REVIEW.formatted("MK0004", 2, "2026"));

        ApiClient.Response record = admin.as("MK0004").get("/api/employees/MK0004/record");

        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body().get("employee").get("name").asString()).isEqualTo("Jo Lewis");
        assertThat(record.body().get("reviews")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void wrongCredentialsSayTheUserNameOrPasswordIsWrong() {
        ApiClient.Response wrongPassword = new ApiClient(port, "admin", "wrong").get("/api/frameworks");
        ApiClient.Response unknownUser = new ApiClient(port, "nobody", "wrong").get("/api/frameworks");
        ApiClient.Response noCredentials = admin.anonymous().get("/api/frameworks");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.body().get("detail").asString()).isEqualTo("The user name or password is wrong");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body().get("detail").asString()).isEqualTo("The user name or password is wrong");
        assertThat(noCredentials.body().get("detail").asString()).startsWith("Sign in first");
    }

    @Test
    void roleRefusalsSayWhatWasRefusedAndWhy() {
        assertRefusal(admin.as("MK0004").get("/api/audit"), "Only ADMIN may read the audit trail", "MK0004");
        assertRefusal(admin.as("analyst").get("/api/reports/readiness"), "Reports are for LND and ADMIN", "ANALYST");
        assertRefusal(admin.as("lnd").get("/api/rules/status"), "The rules and the ontology are for ANALYST and ADMIN",
                "LND");
        assertRefusal(admin.as("lnd").postCsv("/api/employees/import", "x"), "Only ADMIN may import", "LND");
        assertRefusal(admin.as("MK0003").delete("/api/employees/MK0004"), "Only ADMIN may erase a person", "MANAGER");
        assertRefusal(admin.as("lnd").get("/api/admin/store"), "Only ADMIN may see, compact or back up the store", "LND");
        assertRefusal(admin.as("analyst").get("/api/admin/store/backup"),
                "Only ADMIN may see, compact or back up the store", "ANALYST");
        assertRefusal(admin.as("MK0003").post("/api/admin/store/compaction"),
                "Only ADMIN may see, compact or back up the store", "MANAGER");
        assertRefusal(admin.as("lnd").get("/actuator/metrics"),
                "Only ADMIN may read the service's metrics and other management endpoints", "LND");
        assertThat(admin.get("/actuator/metrics").status()).as("let through (and not exposed by default)").isEqualTo(404);
        assertThat(admin.as("MK0005").get("/actuator/health").status()).as("health stays open").isEqualTo(200);
    }

    /** Someone who may not read a person gets the same answer whether that person exists or not. */
    @Test
    void aRefusedReaderCannotTellWhetherAPersonExists() {
        ApiClient.Response known = admin.as("MK0005").get("/api/employees/MK0004");
        ApiClient.Response unknown = admin.as("MK0005").get("/api/employees/XX9999");

        assertThat(known.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.body().get("detail").asString())
                .isEqualTo(known.body().get("detail").asString().replace("MK0004", "XX9999"));
        assertThat(admin.as("MK0005").get("/api/employees/XX9999/assessment").status()).isEqualTo(403);
        assertThat(admin.as("lnd").get("/api/employees/XX9999/record").status()).isEqualTo(403);
        assertThat(admin.get("/api/employees/XX9999").status()).isEqualTo(404);
    }

    /**
     * The documented decision (README, roles table): trying out a review stores nothing and reads
     * no stored data, so analysts (testing rules) and L&D (exploring recommendations) may try any;
     * an employee only their own, a manager their direct reports'.
     */
    @Test
    void analystsAndLndMayTryOutAnyReviewButEmployeesOnlyTheirOwn() {
        assertThat(admin.as("analyst").post("/api/assessments", REVIEW.formatted("MK0004", 2, "2026")).status())
                .isEqualTo(200);
        assertThat(admin.as("lnd").post("/api/assessments", REVIEW.formatted("MK0004", 2, "2026")).status())
                .isEqualTo(200);
        assertThat(admin.as("MK0005").post("/api/assessments", REVIEW.formatted("MK0005", 1, "2026")).status())
                .isEqualTo(200);
        assertThat(admin.as("MK0005").post("/api/assessments", REVIEW.formatted("MK0004", 2, "2026")).status())
                .isEqualTo(403);
    }

    private static void assertRefusal(ApiClient.Response response, String why, String who) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).startsWith(why).contains(who)
                .doesNotContain("Access Denied");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }
}
