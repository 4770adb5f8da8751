package dev.ladder.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ladder.scenario.steps.ScenarioFailure;
import io.cucumber.plugin.event.Status;

/** Why a step failed, as an analyst reads it: the step's own sentence, or an error's words without Java in them. */
class PlainWordsTest {

    @Test
    void aStepsOwnSentenceIsKeptWhateverWrapsIt() {
        Throwable wrapped = new RuntimeException("Could not convert arguments for step [a/an {council} employee]",
                new ScenarioFailure("Ladder has no framework of a council called \"Atlantis\"."));

        assertThat(PlainWords.why(Status.FAILED, "an Atlantis employee at level 1", wrapped))
                .isEqualTo("Ladder has no framework of a council called \"Atlantis\".");
    }

    @Test
    void anUnexpectedErrorKeepsItsWordsButNotItsClassNamesOrTrace() {
        Throwable error = new RuntimeException("wrapper", new IllegalStateException(
                "java.lang.IllegalStateException: Rule set 77a reached 2 readiness verdicts\n\tat dev.ladder.X.y(X.java:1)"));

        assertThat(PlainWords.of(error)).isEqualTo("the step stopped on an error: Rule set 77a reached 2 readiness verdicts");
    }

    @Test
    void anErrorWithoutWordsSaysSo() {
        assertThat(PlainWords.of(new NullPointerException())).isEqualTo("the step stopped on an error: an unexpected error, with no explanation");
    }

    @Test
    void anUndefinedOrAmbiguousStepPointsAtTheGlossary() {
        assertThat(PlainWords.why(Status.UNDEFINED, "they are keen", null))
                .isEqualTo("no step matches 'they are keen'; see the glossary (features/GLOSSARY.md)");
        assertThat(PlainWords.why(Status.AMBIGUOUS, "they are keen", null))
                .startsWith("more than one step sentence matches 'they are keen'");
    }
}
