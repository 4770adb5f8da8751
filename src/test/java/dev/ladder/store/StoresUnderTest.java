package dev.ladder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;

/**
 * For tests of the store's users (the repositories): both real kinds of store, emptied before each
 * test. The embedded TDB2 database, and a remote store over HTTP to a real Fuseki with TDB2 behind it,
 * where every query and update travels as text and so is where pasted values would show.
 * Subclasses take a store as a parameter: {@code @MethodSource("dev.ladder.store.StoresUnderTest#stores")}.
 */
public abstract class StoresUnderTest {

    private static Path folder;
    private static Dataset local;
    private static Dataset served;
    private static Fuseki fuseki;

    /** A store and the dataset behind it, to look at what it holds without going through Ladder. */
    public record Store(RdfStore store, Dataset dataset) {

        /**
         * Every quad the store holds, but the change log's (a remote store's bookkeeping for replicas,
         * {@link ChangeLog}: written beside every change, so it would make every before/after differ).
         */
        public Set<Quad> quads() {
            return Txn.calculateRead(dataset, () -> {
                Set<Quad> quads = new HashSet<>();
                dataset.asDatasetGraph().find().forEachRemaining(quad -> {
                    if (!quad.getGraph().isURI() || !quad.getGraph().getURI().equals(ChangeLog.GRAPH)) {
                        quads.add(quad);
                    }
                });
                return quads;
            });
        }
    }

    @BeforeAll
    static void openStores() throws Exception {
        folder = Files.createTempDirectory("ladder-stores-under-test");
        local = TDB2Factory.connectDataset(folder.resolve("local").toString());
        served = TDB2Factory.connectDataset(folder.resolve("served").toString());
        fuseki = Fuseki.serve(served);
    }

    @AfterAll
    static void closeStores() throws Exception {
        fuseki.close();
        local.close();
        served.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(local.asDatasetGraph());
        org.apache.jena.tdb2.sys.TDBInternal.expel(served.asDatasetGraph());
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void emptyStores() {
        Txn.executeWrite(local, () -> local.asDatasetGraph().clear());
        Txn.executeWrite(served, () -> served.asDatasetGraph().clear());
    }

    /** The embedded TDB2 store, and the remote store over Fuseki. */
    public static List<Named<Store>> stores() {
        return List.of(Named.of("TDB2", new Store(RdfStore.over(local), local)),
                Named.of("Fuseki over HTTP", new Store(RemoteRdfStore.connect(new StoreProperties(
                        StoreProperties.Type.REMOTE, fuseki.url(), null, null, "", "", Tdb2Folder.NODE_CACHE)),
                        served)));
    }
}
