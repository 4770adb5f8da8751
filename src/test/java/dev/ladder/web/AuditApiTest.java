package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/audit} over real HTTP: a subject is a value to compare with, whatever it holds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    @LocalServerPort
    int port;

    @Test
    void aSubjectWithALineFeedIsJustASubjectNobodyHas() {
        ApiClient admin = new ApiClient(port);
        assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
        assertThat(admin.get("/api/employees/MK0001").status()).isEqualTo(200);

        for (String subject : new String[] {"MK0001%0Ax", "MK0001%0D%0A", "x%22%20%7C%7C%20true%20%7C%7C%20%22",
                "%22%7D%20%7D%20%3B%20DROP%20ALL%20%3B%20%23", "%3Furn", "a%5C"}) {
            ApiClient.Response response = admin.get("/api/audit?subject=" + subject);

            assertThat(response.status()).as(subject).isEqualTo(200);
            assertThat(response.body().isArray()).isTrue();
            assertThat(response.body()).as(subject).isEmpty();
        }
        assertThat(admin.get("/api/audit?subject=MK0001").body()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.get("subject").asString()).isEqualTo("MK0001"));
    }
}
