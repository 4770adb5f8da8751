package dev.ladder.scenario;

import dev.ladder.scenario.steps.ScenarioFailure;
import io.cucumber.plugin.event.Status;

/** Why a step failed, in words for an analyst: no stack trace, no class names. */
final class PlainWords {

    private PlainWords() {
    }

    static String why(Status status, String stepText, Throwable error) {
        return switch (status) {
            case UNDEFINED -> "no step matches '" + stepText + "'; see the glossary (features/GLOSSARY.md)";
            case AMBIGUOUS -> "more than one step sentence matches '" + stepText + "'; see the glossary (features/GLOSSARY.md)";
            case PENDING -> "the step '" + stepText + "' is not written yet";
            default -> error == null ? "the step '" + stepText + "' failed" : of(error);
        };
    }

    /** The analyst's message of the first {@link ScenarioFailure} among the causes, else the error's own words. */
    static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ScenarioFailure) {
                return t.getMessage();
            }
        }
        return "the step stopped on an error: " + ScenarioFailure.plain(error);
    }
}
