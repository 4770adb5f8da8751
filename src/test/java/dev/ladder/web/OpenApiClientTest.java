package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.client.ApiException;
import dev.ladder.client.ApiResponse;
import dev.ladder.client.api.EmployeesApi;
import dev.ladder.client.api.ReviewsApi;
import dev.ladder.client.model.CompetencyRating;
import dev.ladder.client.model.ObservedBehaviour;
import dev.ladder.client.model.ProblemDetail;
import dev.ladder.client.model.Review;
import dev.ladder.client.model.StoredReview;

/**
 * The Java client that the build generates from {@code docs/openapi.json} (package dev.ladder.client,
 * target/generated-test-sources), used against a real server as any client of the API would: if the
 * description and the service disagree, this fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiClientTest {

    @LocalServerPort
    int port;
    dev.ladder.client.ApiClient client;

    @BeforeEach
    void signInAsTheAdministrator() throws ApiException {
        client = new dev.ladder.client.ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString(
                ("admin:" + ApiClient.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        // people must be in the register before they can be reviewed
        new EmployeesApi(client).importEmployees("employee_id,name,department,manager_id,framework,level\n"
                + "OA0001,Ada Client,Generated Clients,,milton-keynes,1\n");
    }

    @Test
    void submitsAReviewAndReadsItBack() throws ApiException {
        Review review = new Review().employeeId("OA0001").framework("milton-keynes").level(1).period("2026")
                .ratings(List.of(new CompetencyRating().competency("customer-focus").rating(3).comment("steady")))
                .observed(List.of(new ObservedBehaviour().indicator("customer-focus-p01").evidence("seen twice")));

        ApiResponse<StoredReview> created = new ReviewsApi(client).submitReviewWithHttpInfo(review);

        assertThat(created.getStatusCode()).isEqualTo(201);
        StoredReview stored = created.getData();
        assertThat(created.getHeaders().get("Location")).containsExactly("/api/reviews/" + stored.getId());
        assertThat(stored.getId()).isNotBlank();
        assertThat(stored.getSubmittedBy()).isEqualTo("admin");
        assertThat(stored.getAssessment().getEmployeeId()).isEqualTo("OA0001");

        List<StoredReview> history = new EmployeesApi(client).listEmployeeReviews("OA0001");

        StoredReview read = history.stream().filter(r -> r.getId().equals(stored.getId())).findFirst().orElseThrow();
        assertThat(read.getReview()).isEqualTo(review);
        assertThat(read.getAssessment().getReadiness().getStatus()).isNotBlank();
        assertThat(new ReviewsApi(client).getReview(stored.getId())).isEqualTo(read);
    }

    @Test
    void aRefusalIsTheDescribedProblemDetail() throws Exception {
        Review incomplete = new Review().employeeId("OA0001").framework("milton-keynes").level(1).period("2026")
                .ratings(List.of(new CompetencyRating().competency("no-such-competency").rating(3)));

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new ReviewsApi(client).submitReview(incomplete));

        assertThat(refused.getCode()).isEqualTo(400);
        ProblemDetail problem = client.getObjectMapper().readValue(refused.getResponseBody(), ProblemDetail.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProblems()).anySatisfy(p -> assertThat(p.getPath()).isEqualTo("$.ratings[0].competency"));
    }
}
