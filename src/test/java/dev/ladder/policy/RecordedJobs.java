package dev.ladder.policy;

import java.time.Instant;

import dev.ladder.store.RdfStore;

/** For tests outside this package: a job recorded in the store as a service that stopped left it. */
public final class RecordedJobs {

    private RecordedJobs() {
    }

    /** Records a RUNNING job that no process runs: 14 of 40 reviews done when it was last written. */
    public static void cutShort(RdfStore store, String id, Instant started, Instant lastWritten) {
        new ReassessmentGraph(store).save(new ReassessmentJob(id, "analyst", "abc123def456",
                ReassessmentJob.Status.RUNNING, 40, 14, 2, 0, started, null), lastWritten);
    }
}
