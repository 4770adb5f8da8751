package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.web.ApiClient;

/**
 * The shared store goes away under a running service: a review submitted then is refused with a 503
 * that names the store and what failed, not a 500, and once the store is back nothing of it was kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ladder.store.type=remote", "ladder.watch-rules=false", "ladder.demo.enabled=false",
        "ladder.replicas.poll-interval=0", "logging.level.org.eclipse.jetty=warn",
        "logging.level.org.apache.jena.fuseki=error"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoreDownTest {

    static final org.apache.jena.query.Dataset DATA = DatasetFactory.createTxnMem();
    static Fuseki fuseki = Fuseki.serve(DATA);
    static final int STORE_PORT = java.net.URI.create(fuseki.url()).getPort();

    @DynamicPropertySource
    static void remoteStore(DynamicPropertyRegistry registry) {
        registry.add("ladder.store.url", fuseki::url);
    }

    @org.junit.jupiter.api.AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aReviewSubmittedWhileTheStoreIsDownIsRefusedWith503AndNotKept() {
        ApiClient api = new ApiClient(port);
        assertThat(api.importExampleOrganisation().status()).isEqualTo(200);
        String review = """
                { "employeeId": "MK0004", "framework": "milton-keynes", "level": 2, "period": "2031-Q3",
                  "ratings": [ {"competency": "customer-focus", "rating": 3} ] }""";

        fuseki.close();
        ApiClient.Response refused = api.as("MK0003").post("/api/reviews", review);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains("The remote SPARQL store")
                .contains("(ladder.store.url) failed");

        fuseki = Fuseki.serve(DATA, STORE_PORT);
        ApiClient.Response history = api.get("/api/employees/MK0004/reviews");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).doesNotContain("2031-Q3");
    }
}
