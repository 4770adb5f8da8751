package dev.ladder.scenario.steps;

/**
 * A step found the assessment or the framework other than the scenario says. The message is a
 * sentence for an analyst, naming competencies and behaviours as the council writes them.
 */
public final class ScenarioFailure extends AssertionError {

    public ScenarioFailure(String message) {
        super(message);
    }

    /** Fails with {@code message} unless {@code holds}. */
    static void expect(boolean holds, String message) {
        if (!holds) {
            throw new ScenarioFailure(message);
        }
    }

    static void expect(boolean holds, java.util.function.Supplier<String> message) {
        if (!holds) {
            throw new ScenarioFailure(message.get());
        }
    }
}
