package dev.ladder.policy;

/** A re-assessment that cannot start: no rule set in service. */
public class ReassessmentRefused extends RuntimeException {

    public ReassessmentRefused(String message) {
        super(message);
    }
}
