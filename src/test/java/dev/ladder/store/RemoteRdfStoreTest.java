package dev.ladder.store;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract over HTTP (ladder.store.type=remote), against a real Fuseki server holding an
 * in-memory transactional dataset.
 */
class RemoteRdfStoreTest extends RdfStoreContract {

    static Fuseki fuseki;

    @BeforeAll
    static void startFuseki() {
        fuseki = Fuseki.serve(DatasetFactory.createTxnMem());
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Override
    RdfStore emptyStore() {
        Txn.executeWrite(fuseki.dataset(), () -> fuseki.dataset().asDatasetGraph().clear());
        return RemoteRdfStore.connect(remote(fuseki.url()));
    }

    static StoreProperties remote(String url) {
        return new StoreProperties(StoreProperties.Type.REMOTE, url, null, null, "query", "update", Tdb2Folder.NODE_CACHE);
    }
}
