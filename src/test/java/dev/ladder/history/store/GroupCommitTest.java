package dev.ladder.history.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.history.StoredReview;
import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.security.audit.AuditRepository;
import dev.ladder.store.GatedStore;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;
import dev.ladder.store.StoreException;
import dev.ladder.store.StoresUnderTest;

/**
 * Group commit of stored reviews with their audit entries, on TDB2 and on Fuseki over HTTP: changes
 * queued while the writer is busy share one transaction; each caller returns only after it committed;
 * a review and its entry are stored together or not at all; the trail stays numbered 1, 2, 3 … without
 * gaps; a failed group stores nothing of any of its changes and tells each caller.
 */
class GroupCommitTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";
    private static final String SEQ = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?seq WHERE { GRAPH <urn:ladder:audit> { ?e rec:seq ?seq } }""";

    @ParameterizedTest
    @MethodSource(STORES)
    void concurrentSubmissionsAreAllStoredWithTheirEntriesNumberedWithoutGaps(Store store) throws Exception {
        GroupCommit commits = new GroupCommit(store.store());
        ReviewRepository reviews = new ReviewRepository(store.store(), commits);
        AuditRepository audit = new AuditRepository(store.store());
        int threads = 8;
        int each = 15;
        List<StoredReview> acknowledged = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < each; i++) {
                        StoredReview review = ReviewRepositoryTest.stored("E" + thread, String.valueOf(2000 + i));
                        reviews.insert(List.of(review), audit.appending(List.of(submit(review))));
                        acknowledged.add(review);
                    }
                }, pool));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
            commits.destroy();
        }

        assertThat(acknowledged).hasSize(threads * each);
        for (StoredReview review : acknowledged) {
            assertThat(reviews.byId(review.id())).as("review %s", review.id()).isPresent();
        }
        assertThat(audit.count(null)).isEqualTo(threads * each);
        assertThat(numbers(store.store())).as("every entry numbered once, 1 to n")
                .containsExactlyElementsOf(range(threads * each));
        for (int t = 0; t < threads; t++) {
            assertThat(audit.count("E" + t)).isEqualTo(each);
        }
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void changesQueuedWhileTheWriterIsBusyShareOneTransactionInTheOrderQueued(Store store) throws Exception {
        GatedStore gated = new GatedStore(store.store());
        GroupCommit commits = new GroupCommit(gated);
        ReviewRepository reviews = new ReviewRepository(store.store(), commits);
        AuditRepository audit = new AuditRepository(store.store());
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            StoredReview first = ReviewRepositoryTest.stored("E0", "2026");
            CompletableFuture<Void> blocked = CompletableFuture.runAsync(
                    () -> reviews.insert(List.of(first), audit.appending(List.of(submit(first)))), pool);
            assertThat(gated.entered.await(30, TimeUnit.SECONDS)).as("the first change reached the store").isTrue();

            // while the writer is busy: two reviews of the same person and period, then five others
            StoredReview earlier = ReviewRepositoryTest.stored("E1", "2026");
            StoredReview later = ReviewRepositoryTest.stored("E1", "2026");
            List<StoredReview> queued = new ArrayList<>(List.of(earlier, later));
            for (int i = 0; i < 5; i++) {
                queued.add(ReviewRepositoryTest.stored("F" + i, "2026"));
            }
            List<CompletableFuture<Void>> waiting = new ArrayList<>();
            for (StoredReview review : queued) {
                waiting.add(CompletableFuture.runAsync(
                        () -> reviews.insert(List.of(review), audit.appending(List.of(submit(review)))), pool));
                awaitQueued(commits, waiting.size());
            }
            for (CompletableFuture<Void> change : waiting) {
                assertThat(change).as("not acknowledged before its transaction committed").isNotDone();
            }
            gated.open.countDown();
            blocked.get(30, TimeUnit.SECONDS);
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            // supersede, insert; the audit entry with its number and the counter moved on, in one operation; and a shared store's
            // change-log entry and its subjects
            int perInsert = 3 + (dev.ladder.store.ChangeLog.of(store.store()).active() ? 2 : 0);
            assertThat(gated.operations).as("operations per transaction: the first alone, then the seven queued together")
                    .containsExactly(perInsert, 7 * perInsert);
            assertThat(reviews.ofPerson("E1")).extracting(StoredReview::id, StoredReview::supersededBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(earlier.id(), later.id()),
                            org.assertj.core.groups.Tuple.tuple(later.id(), null));
            assertThat(numbers(store.store())).containsExactlyElementsOf(range(8));
            assertThat(audit.page(null, 0, 8)).extracting(Entry::subject)
                    .containsExactly("F4", "F3", "F2", "F1", "F0", "E1", "E1", "E0");
        } finally {
            gated.open.countDown();
            pool.shutdownNow();
            commits.destroy();
        }
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void aFailedGroupStoresNothingOfAnyOfItsChangesAndTellsEachCaller(Store store) throws Exception {
        GatedStore gated = new GatedStore(store.store());
        GroupCommit commits = new GroupCommit(gated);
        ReviewRepository reviews = new ReviewRepository(store.store(), commits);
        AuditRepository audit = new AuditRepository(store.store());
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            StoredReview first = ReviewRepositoryTest.stored("E0", "2026");
            CompletableFuture<Void> blocked = CompletableFuture.runAsync(
                    () -> reviews.insert(List.of(first), audit.appending(List.of(submit(first)))), pool);
            assertThat(gated.entered.await(30, TimeUnit.SECONDS)).isTrue();

            StoredReview good = ReviewRepositoryTest.stored("E1", "2026");
            CompletableFuture<Void> sound = CompletableFuture.runAsync(
                    () -> reviews.insert(List.of(good), audit.appending(List.of(submit(good)))), pool);
            awaitQueued(commits, 1);
            // an update that fails when it runs, on either kind of store: loading a file that is not there
            StoredReview doomed = ReviewRepositoryTest.stored("E2", "2026");
            UpdateRequest failing = audit.appending(List.of(submit(doomed)));
            UpdateFactory.create("LOAD <file:///no/such/folder/ladder-group-commit-test.ttl>").getOperations()
                    .forEach(failing::add);
            CompletableFuture<Void> bad = CompletableFuture.runAsync(
                    () -> reviews.insert(List.of(doomed), failing), pool);
            awaitQueued(commits, 2);
            gated.open.countDown();
            blocked.get(30, TimeUnit.SECONDS);

            for (CompletableFuture<Void> change : List.of(sound, bad)) {
                assertThatThrownBy(() -> change.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(StoreException.class)
                        .hasMessageContaining("and 1 other changes made at the same time failed, so nothing of it was stored");
            }
            assertThat(reviews.byId(good.id())).isEmpty();
            assertThat(reviews.byId(doomed.id())).isEmpty();
            assertThat(reviews.byId(first.id())).isPresent();
            assertThat(audit.count(null)).as("only the first change's entry").isEqualTo(1);
            assertThat(numbers(store.store())).containsExactly(1L);

            // the writer goes on: the next change is stored and numbered 2
            StoredReview next = ReviewRepositoryTest.stored("E3", "2026");
            reviews.insert(List.of(next), audit.appending(List.of(submit(next))));
            assertThat(reviews.byId(next.id())).isPresent();
            assertThat(numbers(store.store())).containsExactly(1L, 2L);
        } finally {
            gated.open.countDown();
            pool.shutdownNow();
            commits.destroy();
        }
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void afterShutdownChangesAreRefusedAndNothingIsWritten(Store store) {
        GroupCommit commits = new GroupCommit(store.store());
        ReviewRepository reviews = new ReviewRepository(store.store(), commits);
        StoredReview before = ReviewRepositoryTest.stored("E1", "2026");
        reviews.insert(List.of(before));
        commits.destroy();
        StoredReview after = ReviewRepositoryTest.stored("E1", "2027");
        assertThatThrownBy(() -> reviews.insert(List.of(after))).isInstanceOf(StoreException.class)
                .hasMessageContaining("closing");
        assertThat(reviews.byId(before.id())).isPresent();
        assertThat(reviews.byId(after.id())).isEmpty();
    }

    private static Entry submit(StoredReview review) {
        return new Entry(Instant.now(), "admin", "SUBMIT", review.review().employeeId(),
                "POST /api/reviews (period " + review.review().period() + ")");
    }

    /** Waits (without timing anything) until {@code count} changes wait for the writer. */
    private static void awaitQueued(GroupCommit commits, int count) throws InterruptedException {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (commits.queued() < count && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(commits.queued()).isEqualTo(count);
    }

    private static Set<Long> numbers(RdfStore store) {
        Set<Long> numbers = new TreeSet<>();
        store.select(QueryFactory.create(SEQ), row -> assertThat(numbers.add(row.getLiteral("seq").getLong()))
                .as("number %s given twice", row.getLiteral("seq")).isTrue());
        return numbers;
    }

    private static List<Long> range(int n) {
        List<Long> numbers = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
