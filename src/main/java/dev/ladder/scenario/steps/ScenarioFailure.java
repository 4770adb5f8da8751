package dev.ladder.scenario.steps;

/**
 * A step found the assessment or the framework other than the scenario says. The message is a
 * sentence for an analyst, naming competencies and behaviours as the council writes them.
 */
public final class ScenarioFailure extends AssertionError {

    public ScenarioFailure(String message) {
        super(message);
    }

    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:\\.[\\w$]+)*:?\\s*");

    /**
     * The words of an unexpected error, for an analyst: its innermost cause's message, first line,
     * without Java class names; or a plain sentence when that leaves nothing.
     */
    public static String plain(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        message = CLASS_NAME.matcher(message).replaceAll("").strip();
        return message.isEmpty() ? "an unexpected error, with no explanation" : message;
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
