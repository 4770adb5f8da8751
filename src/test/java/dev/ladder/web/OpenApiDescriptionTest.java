package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description served at {@code /v3/api-docs} by a real server, and its copy in the repository
 * ({@code docs/openapi.json}), from which the build generates a Java client. When the two differ this
 * test rewrites the file and fails: review the diff, commit it, run again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDescriptionTest {

    static final Path COMMITTED = Path.of("docs", "openapi.json");

    @LocalServerPort
    int port;
    String served;
    JsonNode api;

    @BeforeEach
    void fetch() {
        ApiClient.Response response = new ApiClient(port).anonymous().get("/v3/api-docs");
        assertThat(response.status()).as("the description is open to everyone").isEqualTo(200);
        served = canonical(response.text());
        api = response.body();
    }

    @Test
    void theCommittedDescriptionIsTheServedOne() throws IOException {
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/openapi.json differs from the served description, and has been rewritten:"
                + " review the diff (git diff docs/openapi.json), commit it and run the test again").isEqualTo(served);
    }

    @Test
    void isAValidOpenApiDescription() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/reviews", "/api/employees/{id}/reviews");
    }

    @Test
    void namesTheApiAndItsVersion() {
        assertThat(api.at("/info/title").asString()).isEqualTo("Ladder API");
        assertThat(api.at("/info/description").asString()).isNotBlank();
        assertThat(api.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(api.at("/servers/0/url").asString()).as("no host or port in the description").isEqualTo("/");
    }

    @Test
    void describesBasicAndBearerSignIn() {
        JsonNode schemes = api.at("/components/securitySchemes");
        assertThat(schemes.at("/basic/type").asString()).isEqualTo("http");
        assertThat(schemes.at("/basic/scheme").asString()).isEqualTo("basic");
        assertThat(schemes.at("/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.at("/bearer/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").toString()).contains("\"basic\"", "\"bearer\"");
    }

    @Test
    void typesTheReviewBodyWithItsRequiredFields() {
        JsonNode submit = api.at("/paths/~1api~1reviews/post");
        assertThat(submit.at("/requestBody/required").asBoolean()).isTrue();
        assertThat(submit.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Review");
        assertThat(api.at("/paths/~1api~1assessments/post/requestBody/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Review");
        JsonNode review = api.at("/components/schemas/Review");
        assertThat(texts(review.get("required"))).containsExactly("employeeId", "framework", "level", "period");
        assertThat(review.at("/properties/level/type").asString()).isEqualTo("integer");
        assertThat(review.at("/properties/ratings/items/$ref").asString())
                .isEqualTo("#/components/schemas/CompetencyRating");
        assertThat(texts(api.at("/components/schemas/CompetencyRating/required"))).containsExactly("competency", "rating");
        assertThat(texts(api.at("/components/schemas/ObservedBehaviour/required"))).containsExactly("indicator");
    }

    @Test
    void typesCsvBodiesAndTheAnswers() {
        assertThat(api.at("/paths/~1api~1employees~1import/post/requestBody/content/text~1csv/schema/type")
                .asString()).isEqualTo("string");
        assertThat(api.at("/paths/~1api~1reviews~1import/post/requestBody/content/text~1csv/schema/type")
                .asString()).isEqualTo("string");
        assertThat(api.at("/paths/~1api~1employees~1{id}~1reviews/get/responses/200/content/application~1json"
                + "/schema/items/$ref").asString()).isEqualTo("#/components/schemas/StoredReview");
        assertThat(api.at("/paths/~1api~1employees~1{id}/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Employee");
        assertThat(api.at("/paths/~1api~1employees~1{id}~1assessment/get/responses/200/content/application~1json"
                + "/schema/$ref").asString()).isEqualTo("#/components/schemas/Assessment");
        JsonNode readiness = api.at("/paths/~1api~1reports~1readiness/get/responses/200/content");
        assertThat(readiness.at("/application~1json/schema/items/$ref").asString())
                .isEqualTo("#/components/schemas/ReadinessCount");
        assertThat(readiness.at("/text~1csv/schema/type").asString()).isEqualTo("string");
    }

    @Test
    void documentsTheCreatedReviewAndItsLocation() {
        JsonNode responses = api.at("/paths/~1api~1reviews/post/responses");
        assertThat(names(responses)).contains("201").doesNotContain("200");
        assertThat(responses.at("/201/headers/Location/schema/type").asString()).isEqualTo("string");
        assertThat(responses.at("/201/headers/Location/description").asString()).contains("/api/reviews/{id}");
        assertThat(responses.at("/201/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/StoredReview");
    }

    @Test
    void everyApiOperationHasASummaryAnIdAndProblemDetailsForItsRefusals() {
        List<String> checked = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            assertThat(operation.path("summary").asString("")).as(where).isNotBlank();
            assertThat(operation.path("operationId").asString("")).as(where).matches("[a-z][A-Za-z]+");
            JsonNode responses = operation.get("responses");
            assertThat(names(responses)).as(where).contains("401");
            responses.properties().forEach(response -> {
                if (response.getKey().compareTo("400") >= 0) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                            .as(where + " " + response.getKey()).isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
            checked.add(where);
        }));
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(names(api.at("/paths/~1api~1employees~1{id}/get/responses"))).contains("403", "404");
        assertThat(names(api.at("/paths/~1api~1reviews/post/responses"))).contains("400", "403", "413", "415", "503");
        assertThat(names(api.at("/paths/~1api~1reports~1training-needs/get/responses"))).contains("400", "403", "406");
        assertThat(names(api.at("/paths/~1api~1frameworks~1{id}~1levels~1{rank}/get/responses"))).contains("400", "404");
        assertThat(api.at("/components/schemas/ProblemDetail/properties/detail/type").asString()).isEqualTo("string");
    }

    @Test
    void reportFiltersAreSeparateOptionalParameters() {
        for (String report : List.of("training-needs", "resources", "readiness", "red-flags")) {
            JsonNode parameters = api.at("/paths/~1api~1reports~1" + report + "/get/parameters");
            List<String> names = new ArrayList<>();
            parameters.forEach(p -> {
                names.add(p.get("name").asString());
                assertThat(p.get("in").asString()).isEqualTo("query");
                assertThat(p.path("required").asBoolean(false)).as(report + " " + p.get("name")).isFalse();
                assertThat(p.path("description").asString("")).as(report + " " + p.get("name")).isNotBlank();
            });
            assertThat(names).as(report).containsExactly("framework", "department", "level", "period", "format");
            assertThat(texts(parameters.get(4).at("/schema/enum"))).containsExactly("json", "csv");
            assertThat(parameters.get(2).at("/schema/type").asString()).isEqualTo("integer");
        }
    }

    /** Sorted keys, two-space indentation, a final newline: the same text for the same description. */
    static String canonical(String json) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(mapper.readValue(json, Object.class)) + "\n";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }
}
