package dev.ladder.scenario;

/**
 * One scenario run against a rule set: where it is, whether it passed, and when it failed the step
 * that failed and why, in plain words (never a stack trace).
 *
 * @param feature        the feature file, relative to the features folder
 * @param line           the line of the scenario in that file (of its row of examples, for an outline)
 * @param failedStep     the step that failed as the feature writes it ("Then readiness for level 2 is
 *                       READY", with the example's values), or null when it passed
 * @param message        why it failed, in the analyst's terms, or null when it passed
 * @param failedStepLine the line of the failed step in the feature file, or null
 */
public record ScenarioResult(String feature, String name, int line, Status status, String failedStep, String message,
                             Integer failedStepLine) {

    public ScenarioResult(String feature, String name, int line, Status status, String failedStep, String message) {
        this(feature, name, line, status, failedStep, message, null);
    }

    public enum Status { PASSED, FAILED }
}
