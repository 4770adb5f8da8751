package dev.ladder.scenario.steps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.ladder.assessment.fact.Priority;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import io.cucumber.cucumberexpressions.ParameterType;

/**
 * The parameter types of the sentences beside Cucumber's own ({@code {int}}, {@code {string}},
 * {@code {word}}): a council by its short name, a priority and a readiness verdict.
 */
public final class StepParameters {

    /** A council as people call it: one or more capitalised words ("Milton Keynes"). */
    static final String COUNCIL = "[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*";

    private StepParameters() {
    }

    /** The parameter types, a council resolved against the frameworks being served. */
    public static List<ParameterType<?>> types(Frameworks frameworks) {
        return List.of(
                new ParameterType<>("council", COUNCIL, Framework.class, (String name) -> council(frameworks, name)),
                new ParameterType<>("priority", values(Priority.values(), true), String.class, (String p) -> p),
                new ParameterType<>("verdict", values(ReadinessStatus.values(), false), String.class, (String v) -> v));
    }

    /** What each of these types accepts, for the glossary. */
    public static String accepts(String type) {
        return switch (type) {
            case "council" -> "a council's name as its framework gives it, without \"City Council\" or \"Council\""
                    + " (Cambridge, Leicester, Milton Keynes)";
            case "priority" -> "one of " + values(Priority.values(), true).replace("|", ", ");
            case "verdict" -> "one of " + values(ReadinessStatus.values(), false).replace("|", ", ");
            case "int" -> "a whole number";
            case "string" -> "text in double quotes";
            case "word" -> "one word";
            default -> "";
        };
    }

    private static Framework council(Frameworks frameworks, String name) {
        return frameworks.all().stream().filter(f -> f.council().equals(name) || f.council().startsWith(name + " "))
                .findFirst().orElseThrow(() -> new ScenarioFailure("Ladder has no framework of a council called \""
                        + name + "\"; it has those of " + frameworks.all().stream().map(Framework::council)
                        .collect(Collectors.joining(", ")) + "."));
    }

    private static String values(Enum<?>[] values, boolean lowerCase) {
        return Arrays.stream(values).map(v -> lowerCase ? v.name().toLowerCase(Locale.ROOT) : v.name())
                .collect(Collectors.joining("|"));
    }
}
