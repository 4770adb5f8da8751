package dev.ladder.store;

import java.nio.file.Path;

/** The size of an embedded TDB2 database on disk, as compaction counts it (for tools and benchmarks). */
public final class StoreSize {

    private StoreSize() {
    }

    /** Allocated bytes of every {@code Data-NNNN} generation in {@code dataDir}. */
    public static long onDisk(Path dataDir) {
        return Tdb2Folder.bytesOnDisk(dataDir);
    }
}
