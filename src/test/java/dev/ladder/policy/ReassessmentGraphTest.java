package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

import dev.ladder.store.RdfStore;

/** Re-assessment jobs kept in the store's jobs graph: saved as they progress, read back, the newest first. */
class ReassessmentGraphTest {

    private final ReassessmentGraph jobs = new ReassessmentGraph(RdfStore.over(DatasetFactory.createTxnMem()));

    @Test
    void aJobIsReplacedAsItProgressesAndReadBackTheNewestFirst() {
        Instant t0 = Instant.parse("2026-12-01T09:00:00.123Z");
        ReassessmentJob older = new ReassessmentJob("a1", "analyst", "abc123def456", ReassessmentJob.Status.DONE,
                10, 10, 3, 0, t0, t0.plusSeconds(5));
        ReassessmentJob running = new ReassessmentJob("b2", "lnd", "fff000111222", ReassessmentJob.Status.RUNNING,
                100, 0, 0, 0, t0.plusSeconds(60), null);
        jobs.save(older, t0.plusSeconds(5));
        jobs.save(running, t0.plusSeconds(61));
        ReassessmentJob progressed = new ReassessmentJob("b2", "lnd", "fff000111222", ReassessmentJob.Status.RUNNING,
                100, 40, 7, 1, t0.plusSeconds(60), null);
        jobs.save(progressed, t0.plusSeconds(70));

        assertThat(jobs.find("b2")).contains(new ReassessmentGraph.Stored(progressed, t0.plusSeconds(70)));
        assertThat(jobs.all()).extracting(ReassessmentGraph.Stored::job).containsExactly(progressed, older);

        jobs.remove(List.of("a1"));

        assertThat(jobs.find("a1")).isEmpty();
        assertThat(jobs.all()).extracting(ReassessmentGraph.Stored::job).containsExactly(progressed);
    }
}
