package dev.ladder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.ladder.LadderProperties;

/**
 * Opens the embedded TDB2 database at {@code ladder.data-dir}. TDB2 allows one JVM per folder: two
 * processes on the same folder can corrupt it, so tests each get a folder of their own.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Dataset tdb2Dataset(LadderProperties properties) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create ladder.data-dir " + properties.dataDir(), e);
        }
        return TDB2Factory.connectDataset(properties.dataDir().toString());
    }

    @Bean
    RdfStore rdfStore(Dataset dataset) {
        return RdfStore.over(dataset);
    }
}
