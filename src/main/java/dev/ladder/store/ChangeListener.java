package dev.ladder.store;

import java.util.List;

/**
 * Told by the {@link ReplicaPoller} of writes to a shared store, its own and other replicas', in the
 * order they were committed. Implementations reload what the changes touched; applying a change twice
 * must do no harm (a replica also reads back its own writes, which heals any race with its own
 * in-memory updates within one poll).
 */
public interface ChangeListener {

    /** The entries written since the last call, in order (all kinds: pick yours). */
    void changed(List<ChangeLog.Change> changes);

    /** Entries were pruned before this replica read them: reload everything. */
    void missed();
}
