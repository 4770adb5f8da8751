package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.web.ApiClient;

/** L&D may read individuals only where configuration allows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ladder.security.lnd-sees-individuals=true")
class LndIndividualsTest {

    @LocalServerPort
    int port;

    @Test
    void whenAllowedLndReadsAnIndividual() throws Exception {
        ApiClient admin = new ApiClient(port);
        admin.postCsv("/api/employees/import", Files.readString(Path.of("docs/examples/employees.csv")));

        assertThat(admin.as("lnd").get("/api/employees/MK0004").status()).isEqualTo(200);
        assertThat(admin.as("lnd").get("/api/employees").body()).hasSize(12);
    }
}
