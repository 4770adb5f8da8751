package dev.ladder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded TDB2 database folder: {@code Data-NNNN} generations (the highest is in use; compaction
 * writes the next one), {@code tdb.lock}. Opening it first repairs a torn journal ({@link JournalRepair})
 * and removes what an interrupted compaction left: a {@code Data-NNNN-tmp} (never in use), and generations
 * older than the one in use (a compaction deletes the generation it replaces once its last reader has
 * finished; a process stopped before that leaves it behind, unused, counted in the store's size, and so
 * in when the next compaction is due).
 */
final class Tdb2Folder {

    private static final Logger log = LoggerFactory.getLogger(Tdb2Folder.class);
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");
    private static final Pattern UNFINISHED = Pattern.compile("Data-\\d+-tmp");

    private Tdb2Folder() {
    }

    /**
     * Entries in each of TDB2's two node caches (node to id, id to node) unless {@code ladder.store.node-cache}
     * says otherwise. TDB2's defaults (200,000 and 1,000,000 in Jena 5.6) count entries, not bytes, and Ladder's nodes
     * include every review's and assessment's JSON: with 100,000 stored reviews the caches filled most
     * of a 512 MB heap, and a re-assessment then spent its time collecting garbage. 50,000 still holds
     * every vocabulary node (predicates, classes, frameworks, people) many times over.
     */
    static final int NODE_CACHE = 50_000;

    /** Opens (creating when missing) the database at {@code dir}, after the repairs above. */
    static Dataset open(Path dir) {
        return open(dir, NODE_CACHE);
    }

    /** As {@link #open(Path)}, with {@code nodeCache} entries in each node cache. */
    static Dataset open(Path dir, int nodeCache) {
        // checked before anything in the folder is touched
        if (nodeCache < 1) {
            throw new IllegalArgumentException("ladder.store.node-cache must be at least 1 (entries in each of TDB2's"
                    + " node caches); got " + nodeCache);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the TDB2 folder " + dir, e);
        }
        removeUnfinishedCompactions(dir);
        removeSupersededGenerations(dir);
        JournalRepair.repair(dir);
        // cache sizes are "dynamic" parameters: they apply to an existing database too, each time it is opened
        StoreParams params = StoreParamsBuilder.create().node2NodeIdCacheSize(nodeCache).nodeId2NodeCacheSize(nodeCache)
                .build();
        return DatasetFactory.wrap(DatabaseConnection.connectCreate(Location.create(dir), params).getDatasetGraph());
    }

    /** The generation folders, oldest first. */
    static List<Path> generations(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> GENERATION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** The generation in use (the highest), if any. */
    static Optional<Path> current(Path dir) {
        List<Path> all = generations(dir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Bytes the database takes on disk: every generation, counted as allocated blocks where the system says. */
    static long bytesOnDisk(Path dir) {
        long total = 0;
        for (Path generation : generations(dir)) {
            total += FolderBytes.allocated(generation);
        }
        return total;
    }

    private static void removeSupersededGenerations(Path dir) {
        List<Path> all = generations(dir);
        for (Path old : all.subList(0, Math.max(0, all.size() - 1))) {
            log.warn("TDB2 folder {}: removing {}, a generation replaced by {} (a compaction's leftover, never used again)",
                    dir.toAbsolutePath(), old.getFileName(), all.get(all.size() - 1).getFileName());
            FolderBytes.deleteTree(old);
        }
    }

    private static void removeUnfinishedCompactions(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> UNFINISHED.matcher(f.getFileName().toString()).matches()).toList()) {
                log.warn("TDB2 folder {}: removing {}, left by a compaction that did not finish (never in use)",
                        dir.toAbsolutePath(), f.getFileName());
                FolderBytes.deleteTree(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** Sizes of folders on disk. */
    static final class FolderBytes {

        private FolderBytes() {
        }

        /**
         * Allocated bytes under {@code folder} ({@code du -s -B1}): TDB2's memory-mapped files are
         * sparse, so their length says little. Falls back to the files' lengths where {@code du} is missing.
         */
        static long allocated(Path folder) {
            try {
                Process du = new ProcessBuilder("du", "-s", "-B1", folder.toString()).redirectErrorStream(true).start();
                String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (du.waitFor(30, TimeUnit.SECONDS) && du.exitValue() == 0) {
                    return Long.parseLong(out.split("\\s+")[0]);
                }
            } catch (IOException | NumberFormatException e) {
                // no du here: lengths below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return length(folder);
        }

        /** The sum of the files' lengths under {@code folder}. */
        static long length(Path folder) {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // gone meanwhile (a compaction removed it)
                    }
                }).sum();
            } catch (IOException | UncheckedIOException e) {
                return 0;
            }
        }

        static void deleteTree(Path folder) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + folder, e);
            }
        }
    }
}
