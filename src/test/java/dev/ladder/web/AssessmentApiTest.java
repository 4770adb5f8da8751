package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The assessment contract over real HTTP: POST /api/assessments and GET /api/rules/status. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTest {

    private static final String REVIEW = """
            { "employeeId": "E1001", "framework": "milton-keynes", "level": 2, "period": "2026",
              "department": "Revenues",
              "ratings": [ {"competency": "customer-focus", "rating": 2},
                           {"competency": "communicating-and-engaging", "rating": 3} ],
              "observed": [ {"indicator": "customer-focus-n01", "evidence": "snapped at a caller"} ] }""";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void assessesAReviewInTheAgreedShape() {
        ApiClient.Response response = api.post("/api/assessments", REVIEW);

        assertThat(response.status()).isEqualTo(200);
        JsonNode assessment = response.body();
        assertThat(names(assessment)).containsExactlyInAnyOrder("employeeId", "framework", "level", "period",
                "ruleSetVersion", "redFlags", "learningNeeds", "notAssessed", "readiness");
        assertThat(assessment.get("ruleSetVersion").asString())
                .isEqualTo(api.get("/api/rules/status").body().get("version").asString());

        JsonNode redFlag = assessment.get("redFlags").get(0);
        assertThat(redFlag.get("indicator").asString()).isEqualTo("customer-focus-n01");
        assertThat(redFlag.get("text").asString()).isEqualTo("Impatient with customers");
        assertThat(redFlag.get("severity").asString()).isEqualTo("concern");
        assertThat(redFlag.get("because").asString())
                .startsWith("Rule \"Red flag: observed negative behaviour, concern\": ")
                .contains("Impatient with customers was observed (negative sign, level 1)");

        JsonNode need = assessment.get("learningNeeds").get(0);
        assertThat(need.get("competency").asString()).isEqualTo("customer-focus");
        assertThat(need.get("priority").asString()).isEqualTo("medium");
        assertThat(need.get("reasons")).hasSize(2);
        assertThat(need.get("recommendations")).isNotEmpty().allSatisfy(r -> {
            assertThat(names(r)).contains("id", "title", "type", "mode", "because");
            assertThat(r.get("mode").asString()).isIn("EXPERIENTIAL", "SOCIAL", "FORMAL");
        });

        assertThat(texts(assessment.get("notAssessed"))).contains("managing-resources-and-risk", "team-player");
        JsonNode readiness = assessment.get("readiness");
        assertThat(readiness.get("targetLevel").asInt()).isEqualTo(3);
        assertThat(readiness.get("status").asString()).isEqualTo("NOT_READY");
        assertThat(readiness.get("because").asString()).startsWith("Rule \"Readiness: not ready\": ")
                .contains("CUSTOMER FOCUS was rated 2 (developing)");
        assertNotReadyWithTheWayToLevel3(readiness);
    }

    /** A stored assessment carries the same explanations, read back as the person's assessment and readiness. */
    @Test
    void aStoredAssessmentShowsTheWayToTheNextLevel() {
        assertThat(api.postCsv("/api/employees/import", """
                employee_id,name,department,manager_id,framework,level
                AA0001,Ada Archer,Assessment Office,,milton-keynes,2
                """).status()).isEqualTo(200);
        assertThat(api.post("/api/reviews", REVIEW.replace("E1001", "AA0001")).status()).isEqualTo(201);

        JsonNode assessment = api.get("/api/employees/AA0001/assessment").body();
        assertNotReadyWithTheWayToLevel3(assessment.get("readiness"));
        assertThat(assessment.get("learningNeeds").get(0).get("recommendations"))
                .allSatisfy(r -> assertThat(r.get("mode").asString()).isIn("EXPERIENTIAL", "SOCIAL", "FORMAL"));
        assertNotReadyWithTheWayToLevel3(api.get("/api/employees/AA0001/readiness").body());
    }

    /**
     * NOT_READY, and still every competency of level 3 is a gap (nothing of level 3 was observed), each
     * with its behaviours' texts and how many more of them to show: CUSTOMER FOCUS introduces 5 at
     * level 3, and 50% of 5 rounds up to 3.
     */
    private static void assertNotReadyWithTheWayToLevel3(JsonNode readiness) {
        assertThat(readiness.get("status").asString()).isEqualTo("NOT_READY");
        assertThat(readiness.get("gaps")).hasSize(7);
        JsonNode gap = readiness.get("gaps").get(0);
        assertThat(names(gap)).containsExactly("competency", "missingIndicators", "missingBehaviours", "needed",
                "shown", "required", "because");
        assertThat(gap.get("competency").asString()).isEqualTo("customer-focus");
        assertThat(gap.get("needed").asInt()).isEqualTo(3);
        assertThat(gap.get("shown").asInt()).isZero();
        assertThat(gap.get("required").asInt()).isEqualTo(5);
        assertThat(gap.get("missingBehaviours")).hasSize(5).allSatisfy(b -> {
            assertThat(names(b)).containsExactly("indicator", "text");
            assertThat(b.get("text").asString()).isNotBlank().isNotEqualTo(b.get("indicator").asString());
        });
        List<String> ids = new ArrayList<>();
        gap.get("missingBehaviours").forEach(b -> ids.add(b.get("indicator").asString()));
        assertThat(ids).isEqualTo(texts(gap.get("missingIndicators")));
        assertThat(gap.get("because").asString())
                .startsWith("Rule \"Readiness gap: too few next-level behaviours shown\": CUSTOMER FOCUS: ")
                .endsWith("show 3 more of these 5 behaviours");
    }

    @Test
    void anInvalidReviewIsA400ListingEveryProblemWithItsPath() {
        ApiClient.Response response = api.post("/api/assessments", """
                { "employeeId": "E1001", "framework": "milton-keynes", "level": 2, "period": "2026",
                  "ratings": [ {"competency": "customer-focus", "rating": 9},
                               {"competency": "no-such-thing", "rating": 3} ],
                  "observed": [ {"indicator": "communication-n01"} ] }""");

        assertThat(response.status()).isEqualTo(400);
        List<String> paths = new ArrayList<>();
        response.body().get("problems").forEach(p -> paths.add(p.get("path").asString()));
        assertThat(paths).containsExactlyInAnyOrder("$.ratings[0].rating", "$.ratings[1].competency",
                "$.observed[0].indicator");
        assertThat(response.body().get("detail").asString()).contains("nothing was evaluated");
    }

    @Test
    void malformedJsonIsA400AtTheRoot() {
        ApiClient.Response response = api.post("/api/assessments", "{\"employeeId\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("problems").get(0).get("path").asString()).isEqualTo("$");
        assertThat(response.body().get("problems").get(0).get("message").asString()).startsWith("malformed JSON");
    }

    @Test
    void rulesStatusShowsTheRuleSetInService() {
        JsonNode status = api.get("/api/rules/status").body();

        assertThat(status.get("version").asString()).matches("[0-9a-f]{12}");
        assertThat(texts(status.get("files"))).contains("readiness.drl", "readiness-threshold.drl.csv");
        assertThat(texts(status.get("rules"))).contains("Readiness: ready", "Threshold: leicester");
        assertThat(status.get("lastAttempt").get("problems")).isEmpty();
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
