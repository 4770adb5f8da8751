package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.ladder.LadderProperties;
import dev.ladder.store.RdfStore.SourceGraph;

/**
 * What only the remote store has: choosing it by configuration, credentials, and failures that name
 * the store's URL and what to check.
 */
class RemoteStoreTest {

    @TempDir
    Path folder;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, StoreConfiguration.class);

    @EnableConfigurationProperties({LadderProperties.class, StoreProperties.class, CompactionProperties.class})
    static class Properties {
    }

    @Test
    void tdb2IsTheDefaultAndOpensTheDatabaseInTheDataFolder() {
        context.withPropertyValues("ladder.data-dir=" + folder.resolve("tdb2")).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Dataset.class).hasSingleBean(RdfStore.class);
            assertThat(ctx.getBean(RdfStore.class)).isNotInstanceOf(RemoteRdfStore.class);
            assertThat(folder.resolve("tdb2")).isDirectory();
        });
    }

    @Test
    void remoteOpensNoTdb2Database() {
        context.withPropertyValues("ladder.data-dir=" + folder.resolve("tdb2"), "ladder.store.type=remote",
                "ladder.store.url=http://localhost:3030/ladder").run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean(Dataset.class);
                    assertThat(ctx.getBean(RdfStore.class)).isInstanceOf(RemoteRdfStore.class);
                    assertThat(folder.resolve("tdb2")).doesNotExist();
                });
    }

    @Test
    void remoteWithoutAUrlStopsTheStartNamingTheProperty() {
        context.withPropertyValues("ladder.store.type=remote").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause()
                    .hasMessageContaining("ladder.store.url is required when ladder.store.type=remote");
        });
    }

    @Test
    void aUrlThatIsNotHttpStopsTheStart() {
        context.withPropertyValues("ladder.store.type=remote", "ladder.store.url=localhost:3030/ladder").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ladder.store.url 'localhost:3030/ladder'")
                    .hasMessageContaining("http://");
        });
    }

    @Test
    void anUnknownTypeStopsTheStart() {
        context.withPropertyValues("ladder.store.type=fuseki").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).hasMessageContaining("ladder.store");
        });
    }

    @Test
    void endpointsAreRelativeToTheUrlOrAbsolute() {
        StoreProperties fuseki = new StoreProperties(StoreProperties.Type.REMOTE, "http://h:3030/ladder/", null, null,
                "sparql", "update", Tdb2Folder.NODE_CACHE);
        StoreProperties unified = new StoreProperties(StoreProperties.Type.REMOTE, "http://h:3030/ladder", null, null,
                "", null, Tdb2Folder.NODE_CACHE);
        StoreProperties elsewhere = new StoreProperties(StoreProperties.Type.REMOTE, "http://h/repositories/ladder",
                "u", "p", "", "http://h/repositories/ladder/statements",
                Tdb2Folder.NODE_CACHE);

        assertThat(fuseki.queryUrl()).isEqualTo("http://h:3030/ladder/sparql");
        assertThat(fuseki.updateUrl()).isEqualTo("http://h:3030/ladder/update");
        assertThat(unified.queryUrl()).isEqualTo("http://h:3030/ladder");
        assertThat(unified.updateUrl()).isEqualTo("http://h:3030/ladder");
        assertThat(elsewhere.updateUrl()).isEqualTo("http://h/repositories/ladder/statements");
        assertThat(elsewhere.toString()).doesNotContain("=p,").contains("password=******");
    }

    @Test
    void aStoreThatIsDownGivesAnErrorNamingItsUrl() throws IOException {
        String url = "http://localhost:" + freePort() + "/ladder";
        RdfStore store = RemoteRdfStore.connect(RemoteRdfStoreTest.remote(url));

        assertThatThrownBy(store::graphChecksums).isInstanceOf(StoreException.class)
                .hasMessageContaining(url + " (ladder.store.url)").hasMessageContaining("query at " + url + "/query")
                .hasMessageContaining("cannot reach it (ConnectException");
        assertThatThrownBy(() -> store.update(UpdateFactory.create("CLEAR DEFAULT"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("update at " + url + "/update").hasMessageContaining("is the server running");
    }

    @Test
    void aWrongDatasetIsA404NamingTheUrl() {
        try (Fuseki fuseki = Fuseki.serve(DatasetFactory.createTxnMem())) {
            String wrong = fuseki.url().replace("/ladder", "/no-such-dataset");
            RdfStore store = RemoteRdfStore.connect(RemoteRdfStoreTest.remote(wrong));

            assertThatThrownBy(() -> store.graph("urn:x")).isInstanceOf(StoreException.class)
                    .hasMessageContaining(wrong).hasMessageContaining("HTTP 404");
        }
    }

    @Test
    void basicAuthenticationWithTheRightPasswordWorksAndAWrongOneIsNamed() {
        try (Fuseki fuseki = Fuseki.serveWithBasicAuth(DatasetFactory.createTxnMem(), "ladder", "s3cret")) {
            RdfStore right = RemoteRdfStore.connect(credentials(fuseki, "ladder", "s3cret"));
            RdfStore wrong = RemoteRdfStore.connect(credentials(fuseki, "ladder", "guess"));
            RdfStore none = RemoteRdfStore.connect(RemoteRdfStoreTest.remote(fuseki.url()));

            right.replace(Map.of("urn:g", new SourceGraph(RdfStoreContract.people("p", 2), "sum")), Set.of());

            assertThat(right.graphChecksums()).isEqualTo(Map.of("urn:g", "sum"));
            assertThat(right.graph("urn:g")).isPresent();
            assertThatThrownBy(wrong::graphChecksums).isInstanceOf(StoreException.class)
                    .hasMessageContaining("HTTP 401").hasMessageContaining("check ladder.store.user and ladder.store.password");
            assertThatThrownBy(() -> wrong.update(UpdateFactory.create("CLEAR ALL"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("HTTP 401");
            assertThatThrownBy(none::graphChecksums).isInstanceOf(StoreException.class)
                    .hasMessageContaining("HTTP 401").hasMessageContaining("set ladder.store.user and ladder.store.password");
            assertThat(right.graphChecksums()).as("nothing was cleared").hasSize(1);
        }
    }

    private static StoreProperties credentials(Fuseki fuseki, String user, String password) {
        return new StoreProperties(StoreProperties.Type.REMOTE, fuseki.url(), user, password, "query", "update", Tdb2Folder.NODE_CACHE);
    }

    /** A loopback port with nothing listening on it. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
