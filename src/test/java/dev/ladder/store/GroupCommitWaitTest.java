package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group committer's wait for company ({@code ladder.store.group-commit.max-wait}), on an embedded
 * TDB2 database: a change that finds the writer idle is held back for the changes that usually come
 * with it, and a lone change is not. The clock that {@link Company} remembers by is the test's, so
 * nothing depends on how fast the machine is; the waits themselves are a minute long, so a change held
 * back when it should not be shows as a test that does not finish in time.
 */
class GroupCommitWaitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    private final AtomicLong clock = new AtomicLong();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private Dataset dataset;
    private GroupCommit commits;

    @AfterEach
    void close() {
        pool.shutdownNow();
        if (commits != null) {
            commits.destroy();
        }
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Test
    void aChangeThatFindsTheWriterIdleWaitsForTheChangesThatUsuallyComeWithIt() throws Exception {
        GatedStore store = open(MINUTE);
        fiveUsuallyComeTogether(store);

        CompletableFuture<Void> first = change(5);
        await("changes the writer has taken", commits::taken, 7);
        assertThat(first).as("held back: four more usually come with it").isNotDone();
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 6; i < 10; i++) {
            others.add(change(i));
        }
        first.get(30, TimeUnit.SECONDS);
        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(store.operations).as("changes (one operation each) per transaction").containsExactly(1, 5, 5);
        assertThat(stored()).isEqualTo(10);
        DistributionSummary sizes = meters.get(GroupCommit.SIZE_METRIC).summary();
        assertThat(sizes.count()).as("transactions").isEqualTo(3);
        assertThat(sizes.totalAmount()).as("changes").isEqualTo(11);
        assertThat(sizes.max()).isEqualTo(5);
    }

    @Test
    void aLoneChangeIsNotHeldBackOnceNoGroupCameTogetherForASecond() throws Exception {
        GatedStore store = open(MINUTE);
        fiveUsuallyComeTogether(store);
        clock.addAndGet(Company.MEMORY + 1);

        change(5).get(30, TimeUnit.SECONDS);

        assertThat(store.operations).containsExactly(1, 5, 1);
    }

    @Test
    void withoutAWaitWhatIsQueuedIsWrittenAtOnce() throws Exception {
        GatedStore store = open(Duration.ZERO);
        fiveUsuallyComeTogether(store);

        change(5).get(30, TimeUnit.SECONDS);

        assertThat(store.operations).containsExactly(1, 5, 1);
    }

    @Test
    void theFirstChangeEverIsWrittenAtOnce() throws Exception {
        GatedStore store = open(MINUTE);
        store.open.countDown();

        change(0).get(30, TimeUnit.SECONDS);

        assertThat(store.operations).containsExactly(1);
    }

    private GatedStore open(Duration maxWait) {
        dataset = TDB2Factory.connectDataset(folder.toString());
        GatedStore store = new GatedStore(RdfStore.over(dataset));
        commits = new GroupCommit(store, maxWait, clock::get, meters);
        return store;
    }

    /** One change held in the store while five queue behind it, then written together: five is the usual. */
    private void fiveUsuallyComeTogether(GatedStore store) throws Exception {
        CompletableFuture<Void> held = change(0);
        assertThat(store.entered.await(30, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            queued.add(change(i));
        }
        await("changes queued", commits::queued, 5);
        store.open.countDown();
        held.get(30, TimeUnit.SECONDS);
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(store.operations).containsExactly(1, 5);
    }

    /** Waits (without timing anything) until {@code value} reaches {@code count}. */
    private static void await(String what, LongSupplier value, long count)
            throws InterruptedException {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (value.getAsLong() < count && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(value.getAsLong()).as(what).isEqualTo(count);
    }

    /** Stores one triple through the group committer, on a thread of its own. */
    private CompletableFuture<Void> change(int n) {
        UpdateRequest insert = UpdateFactory.create(
                "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s" + n + "> <urn:test:p> " + n + " } }");
        return CompletableFuture.runAsync(() -> commits.commit(insert), pool);
    }

    private long stored() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }
}
