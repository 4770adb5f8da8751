package dev.ladder.store;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded TDB2 database (ladder.store.type=tdb2), in a folder of its own. */
class Tdb2RdfStoreTest extends RdfStoreContract {

    @TempDir
    Path folder;
    Dataset dataset;

    @Override
    RdfStore emptyStore() {
        dataset = TDB2Factory.connectDataset(folder.toString());
        return RdfStore.over(dataset);
    }

    @AfterEach
    void close() {
        dataset.close();
    }
}
