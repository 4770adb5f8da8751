package dev.ladder.policy;

import java.time.Instant;

/**
 * A background re-assessment of every current stored review under the rule set in service.
 *
 * @param total    how many reviews it will assess
 * @param done     how many it has assessed so far
 * @param changed  how many of those got a different readiness verdict than before
 * @param finished null while it runs
 */
public record ReassessmentJob(String id, String requestedBy, String ruleSetVersion, Status status, int total,
                              int done, int changed, int failed, Instant started, Instant finished) {

    public enum Status { RUNNING, DONE, FAILED }
}
