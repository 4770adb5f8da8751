package dev.ladder.store;

import java.nio.file.Path;

import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract over HTTP against Fuseki with a TDB2 database behind it, as a Fuseki run for
 * production usually is; Fuseki's unified dataset endpoint is used for both query and update.
 */
class FusekiTdb2RdfStoreTest extends RdfStoreContract {

    @TempDir
    static Path folder;
    static Fuseki fuseki;

    @BeforeAll
    static void startFuseki() {
        fuseki = Fuseki.serve(TDB2Factory.connectDataset(folder.toString()));
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
        fuseki.dataset().close();
    }

    @Override
    RdfStore emptyStore() {
        Txn.executeWrite(fuseki.dataset(), () -> fuseki.dataset().asDatasetGraph().clear());
        return RemoteRdfStore.connect(new StoreProperties(StoreProperties.Type.REMOTE, fuseki.url(), null, null,
                "", "", Tdb2Folder.NODE_CACHE));
    }
}
