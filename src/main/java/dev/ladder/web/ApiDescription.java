package dev.ladder.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The API description served at {@code /v3/api-docs} (springdoc) and kept in {@code docs/openapi.json}.
 * Controllers say, with annotations, what is particular to an operation (summary, body, the statuses
 * only it answers); this class adds what every operation shares, so controllers stay readable:
 * sign-in schemes, the problem-detail schema on every error answer, the refusals any {@code /api}
 * operation can give (401; 400, 413 and 415 where there is input), and a stable order, so that the
 * served description is the same on every run.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/";

    @Bean
    OpenAPI ladderOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "unknown" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title("Ladder API").version(version)
                        .description("Assesses performance reviews against public-sector competency frameworks:"
                                + " frameworks, the organisation register, reviews and their assessments (red flags,"
                                + " learning needs with recommendations, readiness for the next level), and reports"
                                + " for learning and development. Sign in with HTTP Basic (local accounts) or a"
                                + " bearer token (OpenID Connect), depending on `ladder.security.mode`. Every error"
                                + " is an RFC 9457 problem detail."))
                // relative: the description is the same whichever host and port serve it
                .servers(List.of(new Server().url("/").description("The server that serves this description")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A local Ladder account (ladder.security.mode=local, the default)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An OpenID Connect / OAuth2 access token (ladder.security.mode=oidc)")))
                // either scheme will do (health, info and this description need neither)
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Runs after springdoc has read the controllers: shared schemas and answers, then a stable order. */
    @Bean
    OpenApiCustomizer ladderApiConventions() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemItem()).addSchemas(PROBLEM, problemDetail());
            ApiSchemas.describe(openApi.getComponents().getSchemas());
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(ApiDescription::addSharedAnswers);
                }
            });
            sort(openApi);
        };
    }

    private static void addSharedAnswers(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean input = operation.getRequestBody() != null || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(ApiDescription::validated);
        if (input) {
            responses.putIfAbsent("400", new ApiResponse().description(
                    "A parameter or the body is not valid; `detail` (and `problems`, `parameter`) say what was expected"));
        }
        responses.putIfAbsent("401", new ApiResponse().description(
                "Not signed in, or the user name, password or token is wrong"));
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("413", new ApiResponse().description(
                    "The body is larger than `ladder.max-request-size` (10 MB by default); nothing was read or stored"));
            responses.putIfAbsent("415", new ApiResponse().description(
                    "The body's Content-Type is not one this operation accepts"));
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(REF + PROBLEM))));
            }
        });
    }

    /** Query parameters, and path parameters that are not plain text, are checked and can be refused. */
    private static boolean validated(Parameter parameter) {
        return "query".equals(parameter.getIn())
                || parameter.getSchema() != null && !"string".equals(parameter.getSchema().getType());
    }

    /**
     * Lists in one order whatever the order of discovery (object keys are sorted when the description is
     * written: springdoc.writer-with-order-by-keys in application.properties).
     */
    private static void sort(OpenAPI openApi) {
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getRequired() != null) {
                schema.setRequired(schema.getRequired().stream().sorted().toList());
            }
        });
        if (openApi.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openApi.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openApi.setTags(tags);
        }
    }

    /** RFC 9457, as {@link ApiErrors} and the security layer write it, with Ladder's extension members. */
    private static Schema<?> problemDetail() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail: what was refused and what was expected")
                .addProperty("type", new StringSchema().format("uri").description("A URI naming the kind of problem"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was wrong here, and what was expected"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request path"))
                .addProperty("parameter", new StringSchema()
                        .description("The request parameter that was refused, when one was"))
                .addProperty("problems", new ArraySchema().items(new Schema<>().$ref(REF + "Problem"))
                        .description("Every problem found in a review or a CSV file, not only the first"));
    }

    /** One problem of a review (by JSON path) or of a CSV file (by line and column). */
    private static Schema<?> problemItem() {
        return new ObjectSchema()
                .description("One problem: in a review by its JSON path, in a CSV file by line and column")
                .addProperty("path", new StringSchema().description("JSON path into the review, e.g. $.ratings[2].rating"))
                .addProperty("line", new IntegerSchema().description("1-based line of the CSV file (the header is line 1)"))
                .addProperty("column", new StringSchema().description("The CSV column's name, or null for the whole line"))
                .addProperty("message", new StringSchema().description("What was found and what was expected"))
                .required(List.of("message"));
    }
}
