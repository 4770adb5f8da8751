package dev.ladder.scenario;

/**
 * One scenario run against a rule set: where it is, whether it passed, and when it failed the step
 * that failed and why, in plain words (never a stack trace).
 *
 * @param feature    the feature file, relative to the features folder
 * @param line       the line of the scenario in that file
 * @param failedStep the text of the step that failed, or null when it passed
 * @param message    why it failed, in the analyst's terms, or null when it passed
 */
public record ScenarioResult(String feature, String name, int line, Status status, String failedStep, String message) {

    public enum Status { PASSED, FAILED }
}
