package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Report filters over real HTTP: a value that names nothing is refused with what exists, a
 * parameter of the wrong type is named with the expected type, a format other than JSON or CSV is 406.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiTest {

    @LocalServerPort
    int port;
    ApiClient lnd;

    @BeforeEach
    void organisation() {
        ApiClient admin = new ApiClient(port);
        assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
        assertThat(admin.post("/api/reviews", """
                { "employeeId": "MK0004", "framework": "milton-keynes", "level": 2, "period": "2026",
                  "ratings": [ {"competency": "customer-focus", "rating": 1} ] }""").status()).isEqualTo(201);
        lnd = admin.as("lnd");
    }

    @Test
    void aLevelThatIsNotANumberNamesTheParameterAndTheExpectedType() {
        ApiClient.Response response = lnd.get("/api/reports/readiness?level=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString())
                .isEqualTo("Query parameter 'level' was 'abc'; expected an integer");
        assertThat(response.body().get("parameter").asString()).isEqualTo("level");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsCalledAQueryParameter() {
        ApiClient.Response response = new ApiClient(port).get("/api/employees?level=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .isEqualTo("Query parameter 'level' was 'abc'; expected an integer");
    }

    @Test
    void anUnknownFrameworkIsRefusedNamingItAndTheKnownOnes() {
        ApiClient.Response response = lnd.get("/api/reports/training-needs?framework=nowhere");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("'nowhere'")
                .contains("cambridge").contains("leicester").contains("milton-keynes");
        assertThat(response.body().get("parameter").asString()).isEqualTo("framework");
    }

    @Test
    void aDepartmentNotInTheRegisterIsRefusedListingTheDepartments() {
        ApiClient.Response response = lnd.get("/api/reports/readiness?department=revenues%20and%20benefits");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("'revenues and benefits'")
                .contains("did you mean 'Revenues and Benefits'").contains("Adult Social Care");
        assertThat(response.body().get("parameter").asString()).isEqualTo("department");
        assertThat(lnd.get("/api/reports/readiness?department=Revenues%20and%20Benefits").status()).isEqualTo(200);
    }

    @Test
    void aLevelTheFrameworkDoesNotHaveIsRefused() {
        ApiClient.Response response = lnd.get("/api/reports/red-flags?framework=cambridge&level=4");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("'cambridge'").contains("level 4")
                .contains("[1, 2, 3]");
        assertThat(lnd.get("/api/reports/resources?level=99").status()).isEqualTo(400);
    }

    @Test
    void aPeriodWithoutReviewsIsAnEmptyReport() {
        ApiClient.Response response = lnd.get("/api/reports/readiness?period=1999");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        ApiClient.Response needs = lnd.get("/api/reports/training-needs?period=1999");
        assertThat(needs.status()).isEqualTo(200);
        assertThat(needs.body().get("competencies")).isEmpty();
        assertThat(lnd.get("/api/reports/readiness?period=2026").body()).isNotEmpty();
    }

    @Test
    void aFormatOtherThanJsonOrCsvIs406() {
        ApiClient.Response response = lnd.get("/api/reports/readiness?format=xml");

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("'xml'").contains("json or csv");
        assertThat(lnd.get("/api/reports/training-needs?format=csv").contentType()).startsWith("text/csv");
        assertThat(lnd.get("/api/reports/readiness?format=json").status()).isEqualTo(200);
    }
}
