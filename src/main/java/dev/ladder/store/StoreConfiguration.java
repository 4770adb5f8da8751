package dev.ladder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.ladder.LadderProperties;

/**
 * Chooses the store by {@code ladder.store.type} (see {@link StoreProperties}, docs/stores.md).
 *
 * <ul>
 * <li>{@code tdb2} (the default): opens the embedded TDB2 database at {@code ladder.data-dir}. TDB2
 * allows one JVM per folder: two processes on the same folder can corrupt it, so tests each get a
 * folder of their own.</li>
 * <li>{@code remote}: a SPARQL 1.1 server at {@code ladder.store.url}; no TDB2 database is opened.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "ladder.store.type", havingValue = "tdb2", matchIfMissing = true)
    Dataset tdb2Dataset(LadderProperties properties, StoreProperties store) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create ladder.data-dir " + properties.dataDir(), e);
        }
        return Tdb2Folder.open(properties.dataDir(), store.nodeCache());
    }

    /** Compacts the embedded database by itself when it has grown (ladder.store.compaction.*). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "ladder.store.type", havingValue = "tdb2", matchIfMissing = true)
    Compactor compactor(Dataset tdb2Dataset, LadderProperties properties, CompactionProperties compaction,
                        StoreProperties store) {
        return new Compactor(tdb2Dataset, properties.dataDir(), compaction, store.nodeCache());
    }

    @Bean
    RdfStore rdfStore(StoreProperties store, ObjectProvider<Dataset> tdb2, LadderProperties properties) {
        return switch (store.type()) {
            case TDB2 -> {
                log.info("Store: embedded TDB2 at {}", properties.dataDir().toAbsolutePath());
                yield RdfStore.over(tdb2.getObject());
            }
            case REMOTE -> {
                RemoteRdfStore remote = RemoteRdfStore.connect(store);
                log.info("Store: {}", remote.describe());
                yield remote;
            }
        };
    }
}
