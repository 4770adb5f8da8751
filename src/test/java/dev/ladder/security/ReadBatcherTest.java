package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.security.audit.AuditRepository;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;

/** Reads' audit entries are queued and written in batches, and none is lost on a clean shutdown. */
class ReadBatcherTest {

    @TempDir
    Path folder;

    private static Entry read(int i) {
        return new Entry(Instant.parse("2026-05-01T09:00:00Z").plusSeconds(i), "MK0003", "READ", "MK0004",
                "GET /people/MK0004 #" + i);
    }

    @Test
    void queuedReadsAreWrittenInTheBackgroundInTheOrderRead() throws Exception {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            AuditRepository repository = new AuditRepository(RdfStore.over(dataset));
            ReadBatcher reads = new ReadBatcher(repository);
            for (int i = 0; i < 30; i++) {
                reads.add(List.of(read(i)));
            }
            // nobody flushes: the background writer must, within a few intervals (waiting, not timing)
            long giveUp = System.nanoTime() + 20_000_000_000L;
            while (repository.count(null) < 30 && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
            assertThat(repository.count(null)).isEqualTo(30);
            assertThat(reads.queued()).isZero();
            assertThat(repository.page(null, 0, 3)).extracting(Entry::what)
                    .containsExactly("GET /people/MK0004 #29", "GET /people/MK0004 #28", "GET /people/MK0004 #27");
            reads.close();
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void aCleanShutdownWritesEveryQueuedReadBeforeTheStoreCloses() {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        ReadBatcher reads = new ReadBatcher(new AuditRepository(RdfStore.over(dataset)));
        for (int i = 0; i < 500; i++) {
            reads.add(List.of(read(i)));
        }
        reads.close();
        TDBInternal.expel(dataset.asDatasetGraph());

        Dataset reopened = TDB2Factory.connectDataset(folder.toString());
        try {
            AuditRepository again = new AuditRepository(RdfStore.over(reopened));
            assertThat(again.count(null)).isEqualTo(500);
            assertThat(again.page("MK0004", 0, 1)).extracting(Entry::what).containsExactly("GET /people/MK0004 #499");
        } finally {
            TDBInternal.expel(reopened.asDatasetGraph());
        }
    }

    @Test
    void throughTheGroupCommitterEveryQueuedReadIsWrittenOnACleanShutdownAndNumberedInOrder() {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        RdfStore store = RdfStore.over(dataset);
        GroupCommit commits = new GroupCommit(store);
        // an interval far longer than the test: only the shutdown writes
        ReadBatcher reads = new ReadBatcher(new AuditRepository(store), commits, 3_600_000);
        for (int i = 0; i < 300; i++) {
            reads.add(List.of(read(i)));
        }
        assertThat(reads.queued()).isEqualTo(300);
        reads.close();
        commits.destroy();
        TDBInternal.expel(dataset.asDatasetGraph());

        Dataset reopened = TDB2Factory.connectDataset(folder.toString());
        try {
            AuditRepository again = new AuditRepository(RdfStore.over(reopened));
            assertThat(again.count(null)).isEqualTo(300);
            assertThat(again.page(null, 0, 2)).extracting(Entry::what)
                    .containsExactly("GET /people/MK0004 #299", "GET /people/MK0004 #298");
            assertThat(again.page(null, 298, 5)).extracting(Entry::what)
                    .containsExactly("GET /people/MK0004 #1", "GET /people/MK0004 #0");
        } finally {
            TDBInternal.expel(reopened.asDatasetGraph());
        }
    }
}
