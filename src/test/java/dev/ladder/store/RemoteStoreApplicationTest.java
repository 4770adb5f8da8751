package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.LadderApplication;
import dev.ladder.LadderProperties;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Review;
import dev.ladder.review.Review.CompetencyRating;
import dev.ladder.review.Review.ObservedBehaviour;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole application on {@code ladder.store.type=remote}, against a real Fuseki server: the
 * frameworks load from {@code ontology/} into it and are served from it over HTTP, reviews and the
 * register are kept in it, and a restarted application finds everything again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ladder.store.type=remote", "ladder.watch-rules=false", "ladder.demo.enabled=false",
        "logging.level.org.eclipse.jetty=warn", "logging.level.org.apache.jena.fuseki=error"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RemoteStoreApplicationTest {

    static final String FRAMEWORK_GRAPH = "https://w3id.org/ladder/graph/frameworks/";
    static final Fuseki FUSEKI;

    static {
        FUSEKI = Fuseki.serve(DatasetFactory.createTxnMem());
    }

    @DynamicPropertySource
    static void remoteStore(DynamicPropertyRegistry registry) {
        registry.add("ladder.store.url", FUSEKI::url);
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    LadderProperties ladder;
    @Autowired
    Organisation organisation;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewHistory history;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theFrameworksLoadIntoTheRemoteStoreAndAreServedFromIt() {
        ApiClient.Response response = api.get("/api/frameworks");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.body())).containsExactly("cambridge", "leicester", "milton-keynes");
        assertThat(graphsInFuseki()).contains(FRAMEWORK_GRAPH + "cambridge.ttl", FRAMEWORK_GRAPH + "leicester.ttl",
                FRAMEWORK_GRAPH + "milton-keynes.ttl", ConnectionRdfStore.META_GRAPH);
        assertThat(context.getBeanProvider(Dataset.class).getIfAvailable()).as("no TDB2 database").isNull();
        assertThat(ladder.dataDir()).as("ladder.data-dir is not used").doesNotExist();
    }

    @Test
    void theLoaderReadsItsChecksumsFromTheRemoteStore() {
        String leicester = FRAMEWORK_GRAPH + "leicester.ttl";
        Txn.executeWrite(FUSEKI.dataset(), () -> FUSEKI.dataset().getNamedModel(ConnectionRdfStore.META_GRAPH)
                .removeAll(FUSEKI.dataset().getNamedModel(ConnectionRdfStore.META_GRAPH).createResource(leicester),
                        null, null));

        JsonNode report = api.post("/api/ontology/reload").body();

        assertThat(texts(report.get("loaded"))).as("a checksum forgotten in Fuseki").containsExactly("frameworks/leicester.ttl");
        assertThat(texts(report.get("unchanged"))).contains("frameworks/cambridge.ttl", "frameworks/milton-keynes.ttl");
        assertThat(ids(api.get("/api/frameworks").body())).containsExactly("cambridge", "leicester", "milton-keynes");
    }

    @Test
    void aSubmittedReviewIsStoredInTheRemoteStoreAndReadBack() throws IOException {
        organisation.importCsv(Files.readString(Path.of("docs/examples/employees.csv")));

        StoredReview stored = reviews.submit(review("MK0004", 2), "remote-store-test");

        assertThat(history.of("MK0004")).extracting(StoredReview::id).contains(stored.id());
        StoredReview back = history.of("MK0004").stream().filter(r -> r.id().equals(stored.id())).findFirst().orElseThrow();
        assertThat(back.review()).isEqualTo(stored.review());
        assertThat(back.assessment()).isEqualTo(stored.assessment());
        assertThat(back.submittedBy()).isEqualTo("remote-store-test");
        assertThat(inFuseki("urn:ladder:reviews", "urn:ladder:review:" + stored.id())).isTrue();
        assertThat(inFuseki("urn:ladder:organisation", "urn:ladder:employee:MK0004")).isTrue();
    }

    @Test
    void aRestartedApplicationFindsEverythingInTheSameDataset() throws IOException {
        organisation.importCsv(Files.readString(Path.of("docs/examples/employees.csv")));
        StoredReview stored = reviews.submit(review("MK0003", 3), "before-restart");

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(LadderApplication.class).run(
                "--server.port=0", "--ladder.store.type=remote", "--ladder.store.url=" + FUSEKI.url(),
                "--ladder.watch-rules=false", "--ladder.demo.enabled=false",
                "--logging.level.org.eclipse.jetty=warn", "--logging.level.org.apache.jena.fuseki=error")) {
            ApiClient restartedApi = new ApiClient(Integer.parseInt(
                    restarted.getEnvironment().getRequiredProperty("local.server.port")));
            JsonNode status = restartedApi.get("/api/status").body();

            assertThat(texts(status.get("lastLoad").get("loaded"))).as("every file's checksum was kept").isEmpty();
            assertThat(texts(status.get("lastLoad").get("unchanged"))).contains("frameworks/cambridge.ttl",
                    "frameworks/leicester.ttl", "frameworks/milton-keynes.ttl");
            assertThat(ids(restartedApi.get("/api/frameworks").body()))
                    .containsExactly("cambridge", "leicester", "milton-keynes");
            assertThat(restarted.getBean(Organisation.class).find("MK0003")).get()
                    .extracting(e -> e.name() + "/" + e.framework()).isEqualTo("Tom Okafor/milton-keynes");
            assertThat(restarted.getBean(ReviewHistory.class).of("MK0003")).filteredOn(r -> r.id().equals(stored.id()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.submittedBy()).isEqualTo("before-restart");
                        assertThat(r.review()).isEqualTo(stored.review());
                        assertThat(r.assessment()).isEqualTo(stored.assessment());
                    });
        }
    }

    /** A review of the person at {@code level}, their level in docs/examples/employees.csv. */
    private static Review review(String employeeId, int level) {
        return new Review(employeeId, "milton-keynes", level, "2026", "Revenues and Benefits", null,
                List.of(new CompetencyRating("customer-focus", 2, "keeps callers waiting")),
                List.of(new ObservedBehaviour("customer-focus-n01", "two complaints")));
    }

    private static List<String> graphsInFuseki() {
        List<String> graphs = new ArrayList<>();
        Txn.executeRead(FUSEKI.dataset(), () -> FUSEKI.dataset().listNames().forEachRemaining(graphs::add));
        return graphs;
    }

    private static boolean inFuseki(String graph, String subject) {
        return Txn.calculateRead(FUSEKI.dataset(), () -> {
            Resource r = FUSEKI.dataset().getNamedModel(graph).createResource(subject);
            return FUSEKI.dataset().getNamedModel(graph).contains(r, null, (org.apache.jena.rdf.model.RDFNode) null);
        });
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
}
