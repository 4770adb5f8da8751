package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The REST contract that later work and outside tools rely on, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameworkApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsTheThreeCouncilsWithTheirLevels() {
        ApiClient.Response response = api.get("/api/frameworks");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(ids(response.body())).containsExactly("cambridge", "leicester", "milton-keynes");
        JsonNode cambridge = response.body().get(0);
        assertThat(fieldNames(cambridge)).containsExactlyInAnyOrder("id", "title", "council", "levels");
        assertThat(cambridge.get("council").asString()).isEqualTo("Cambridge City Council");
        JsonNode level3 = cambridge.get("levels").get(2);
        assertThat(level3.get("rank").asInt()).isEqualTo(3);
        assertThat(level3.get("label").asString()).isEqualTo("Senior manager");
        assertThat(texts(level3.get("typicalPosts"))).contains("Corporate Management Team");
    }

    @Test
    void servesAWholeFrameworkInTheAgreedShape() {
        JsonNode leicester = api.get("/api/frameworks/leicester").body();

        assertThat(leicester.get("id").asString()).isEqualTo("leicester");
        assertThat(leicester.get("levels")).hasSize(4);
        JsonNode m1 = find(leicester.get("competencies"), "m1-managing-people-performance");
        assertThat(fieldNames(m1)).contains("id", "code", "title", "definition", "attributes", "section", "cluster",
                "appliesAtLevels", "indicators");
        assertThat(m1.get("code").asString()).isEqualTo("M1");
        assertThat(m1.get("section").asString()).isEqualTo("Management Competencies");
        assertThat(m1.get("cluster").isNull()).isTrue();
        assertThat(ints(m1.get("appliesAtLevels"))).containsExactly(2, 3, 4);
        JsonNode first = m1.get("indicators").get(0);
        assertThat(fieldNames(first)).contains("id", "code", "text", "polarity", "level");
        assertThat(first.get("text").asString()).isEqualTo("Manages individual and team performance to achieve objectives");
        assertThat(first.get("polarity").asString()).isEqualTo("positive");
        assertThat(first.get("level").asInt()).isEqualTo(2);
    }

    @Test
    void redFlagsComeWithNegativePolarity() {
        JsonNode cambridge = api.get("/api/frameworks/cambridge").body();
        JsonNode customerService = find(cambridge.get("competencies"), "customer-service-and-support");

        List<String> negatives = new ArrayList<>();
        customerService.get("indicators").forEach(i -> {
            if (i.get("polarity").asString().equals("negative")) {
                negatives.add(i.get("text").asString());
            }
        });
        assertThat(negatives).hasSize(6).contains("Sees customers as interruptions to 'the day job'");
        assertThat(texts(customerService.get("attributes")))
                .containsExactlyInAnyOrder("Responsive", "Empathic", "Approachable", "Assertive");
    }

    @Test
    void aLevelHoldsOnlyWhatIsExpectedThere() {
        JsonNode level2 = api.get("/api/frameworks/milton-keynes/levels/2").body();

        assertThat(level2.get("id").asString()).isEqualTo("milton-keynes");
        assertThat(ids(level2.get("competencies"))).doesNotContain("excellent-leadership").hasSize(6);
        level2.get("competencies").forEach(c -> c.get("indicators")
                .forEach(i -> assertThat(i.get("level").asInt()).isLessThanOrEqualTo(2)));
    }

    @Test
    void unknownFrameworkIsA404ThatNamesIt() {
        ApiClient.Response response = api.get("/api/frameworks/atlantis");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).contains("'atlantis'");
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void unknownLevelIsA404ThatNamesIt() {
        ApiClient.Response response = api.get("/api/frameworks/cambridge/levels/4");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).contains("'cambridge'").contains("level 4");
    }

    @Test
    void aRankThatIsNotANumberIsA400ThatSaysWhatWasExpected() {
        ApiClient.Response response = api.get("/api/frameworks/cambridge/levels/top");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("Path parameter 'rank'").contains("'top'")
                .contains("expected an integer");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void statusSaysWhatIsServedAndWhatTheLastLoadDid() {
        JsonNode status = api.get("/api/status").body();

        assertThat(texts(status.get("frameworks"))).containsExactly("cambridge", "leicester", "milton-keynes");
        assertThat(status.get("lastLoad").get("rejected")).isEmpty();
        assertThat(texts(status.get("lastLoad").get("loaded"))).contains("frameworks/cambridge.ttl");
    }

    @Test
    void idsAreUniqueWithinEachFramework() {
        for (String id : List.of("cambridge", "leicester", "milton-keynes")) {
            JsonNode framework = api.get("/api/frameworks/" + id).body();
            List<String> all = new ArrayList<>(ids(framework.get("competencies")));
            framework.get("competencies").forEach(c -> all.addAll(ids(c.get("indicators"))));
            assertThat(Set.copyOf(all)).as(id).hasSize(all.size());
            assertThat(all).allSatisfy(x -> assertThat(x).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        }
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> ints = new ArrayList<>();
        array.forEach(node -> ints.add(node.asInt()));
        return ints;
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
