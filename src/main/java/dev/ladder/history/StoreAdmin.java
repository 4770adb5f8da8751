package dev.ladder.history;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.ladder.store.Compactor;
import dev.ladder.store.RdfStore;
import dev.ladder.store.StoreBackup;

/**
 * The store's upkeep for administrators (web must not reach the store itself): its size and
 * compaction, and consistent backups. Compaction exists only for the embedded TDB2 store; a remote
 * SPARQL store is looked after by its own server.
 */
@Component
public class StoreAdmin {

    private final RdfStore store;
    private final ObjectProvider<Compactor> compactor;

    public StoreAdmin(RdfStore store, ObjectProvider<Compactor> compactor) {
        this.store = store;
        this.compactor = compactor;
    }

    /** The embedded store's size and compactions; empty for a remote store. */
    public Optional<State> state() {
        return Optional.ofNullable(compactor.getIfAvailable()).map(c -> State.of(c.status()));
    }

    /** Compacts the embedded store now; empty for a remote store (nothing done). */
    public Optional<State> compactNow(String who) {
        return Optional.ofNullable(compactor.getIfAvailable())
                .map(c -> State.of(c.compact("an administrator (" + who + ") asked")));
    }

    /** Writes a consistent gzip-compressed N-Quads snapshot of the whole store to {@code out}. */
    public Backup backup(OutputStream out) {
        StoreBackup.Written written = StoreBackup.write(store, out);
        return new Backup(written.quads(), written.bytes(), written.millis());
    }

    /** What a backup wrote. */
    public record Backup(long quads, long bytes, long millis) {
    }

    /**
     * The embedded store on disk.
     *
     * @param folder                   the database folder
     * @param generation               the generation in use ({@code Data-NNNN}; each compaction makes the next)
     * @param bytes                    what the database takes on disk now
     * @param bytesAfterLastCompaction right after the last compaction since the start (null: none yet)
     * @param lastCompaction           when that compaction finished
     * @param lastCompactionMillis     how long it took; writes waited that long, reads did not
     * @param compactions              compactions since the start
     * @param compacting               whether one runs now
     * @param automatic                whether the service compacts by itself (ladder.store.compaction.enabled)
     * @param compactWhenLargerThan    ladder.store.compaction.when-larger-than, in bytes
     * @param growth                   ladder.store.compaction.growth
     * @param nodeCaches               entries each of TDB2's node caches holds in the generation in use
     *                                 (ladder.store.node-cache; a compaction keeps them)
     */
    public record State(String folder, String generation, long bytes, Long bytesAfterLastCompaction,
                        Instant lastCompaction, Long lastCompactionMillis, int compactions, boolean compacting,
                        boolean automatic, long compactWhenLargerThan, double growth, Compactor.NodeCaches nodeCaches) {

        static State of(Compactor.Status s) {
            return new State(s.folder(), s.generation(), s.bytes(), s.bytesAfterLastCompaction(), s.lastCompaction(),
                    s.lastCompactionMillis(), s.compactions(), s.compacting(), s.automatic(), s.compactWhenLargerThan(),
                    s.growth(), s.nodeCaches());
        }
    }
}
