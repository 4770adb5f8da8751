package dev.ladder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code ladder.store.node-cache} TDB2's default node cache size for the whole process, before
 * Jena starts (registered in {@code META-INF/spring.factories}, so it runs as soon as the configuration
 * has been read, before any bean).
 *
 * <p>Why: {@link Tdb2Folder#open} gives the cache sizes when it opens the database, but a compaction
 * (Jena's {@code DatabaseMgr.compact}) opens the generation it has written with TDB2's defaults
 * (200,000 and 1,000,000 entries) and gives no way to pass others. Without this, the first compaction
 * (the service runs one by itself once the store is large, which is when it matters) brought back the
 * caches that filled a 512 MB heap at 100,000 reviews, until the next restart. TDB2 reads its defaults
 * once, when its {@code SystemTDB} class is first used, from the properties file named by the system
 * property {@value #SETTINGS}; this writes that file. An operator who names a file of their own keeps
 * it. In a process where TDB2 had started before (a test run's JVM), this changes nothing: the store's
 * status ({@code GET /api/admin/store}) says which sizes the generation in use has, and the compactor
 * warns when they differ from the configured ones.
 */
public final class Tdb2Defaults implements EnvironmentPostProcessor {

    /** The system property TDB2 reads its defaults' file name from. */
    static final String SETTINGS = "org.apache.jena.tdb.settings";

    /** Logging starts after this runs: the lines are written once it has. */
    private final Log log;

    public Tdb2Defaults(DeferredLogFactory logs) {
        this.log = logs.getLog(Tdb2Defaults.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(SETTINGS) != null) {
            log.debug("TDB2's defaults come from " + System.getProperty(SETTINGS) + " (" + SETTINGS + ")");
            return;
        }
        if ("remote".equalsIgnoreCase(environment.getProperty("ladder.store.type", "tdb2").strip())) {
            return; // no TDB2 database in this process
        }
        int entries;
        try {
            entries = environment.getProperty("ladder.store.node-cache", Integer.class, Tdb2Folder.NODE_CACHE);
        } catch (RuntimeException notANumber) {
            return; // binding StoreProperties refuses it, naming the property
        }
        if (entries < 1) {
            return; // Tdb2Folder.open refuses it, naming the property
        }
        try {
            Path file = Files.createTempFile("ladder-tdb2-", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, "# written by Ladder (dev.ladder.store.Tdb2Defaults): ladder.store.node-cache\n"
                    + "Node2NodeIdCacheSize=" + entries + "\nNodeId2NodeCacheSize=" + entries + "\n");
            System.setProperty(SETTINGS, file.toString());
            log.info("Store: TDB2's node caches default to " + entries + " entries each (ladder.store.node-cache), so a"
                    + " compacted generation keeps them; written to " + file + " for TDB2 to read");
        } catch (IOException e) {
            // only compactions are affected: the database itself is opened with the configured sizes
            log.warn("Store: cannot write TDB2's settings file in " + System.getProperty("java.io.tmpdir") + " (" + e
                    + "); a compacted generation will have TDB2's own node caches until the next start");
        }
    }
}
