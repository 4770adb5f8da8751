package dev.ladder.policy;

import java.time.Instant;

/**
 * A background re-assessment of every current stored review under the rule set in service, as the
 * store records it (its progress is written after each batch).
 *
 * @param total    how many reviews it will assess
 * @param done     how many it has assessed so far
 * @param changed  how many of those got a different readiness verdict than before
 * @param finished null while it runs
 */
public record ReassessmentJob(String id, String requestedBy, String ruleSetVersion, Status status, int total,
                              int done, int changed, int failed, Instant started, Instant finished) {

    /**
     * STOPPED: the service running it stopped (or, with replicas, has not written its progress for
     * {@link Reassessments#STALE}) before it ended; what it stored is kept, and a new job does only what is left.
     */
    public enum Status { RUNNING, DONE, FAILED, STOPPED }
}
