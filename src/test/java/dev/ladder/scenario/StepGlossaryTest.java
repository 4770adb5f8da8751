package dev.ladder.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The glossary of step sentences: {@code features/GLOSSARY.md} is the one the step definitions
 * generate, every step of every feature is one of its sentences, and every sentence explains itself.
 */
class StepGlossaryTest {

    static final Path FEATURES = Path.of("features");
    static final Path COMMITTED = FEATURES.resolve("GLOSSARY.md");

    final StepGlossary glossary = new StepGlossary(FEATURES);

    @Test
    void theCommittedGlossaryIsTheGeneratedOne() throws IOException {
        String generated = glossary.markdown();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("features/GLOSSARY.md differs from the step definitions' glossary, and has been"
                + " rewritten: review the diff (git diff features/GLOSSARY.md), commit it and run the test again")
                .isEqualTo(generated);
    }

    @Test
    void everyStepOfEveryFeatureIsASentenceOfTheGlossary() {
        assertThat(glossary.unknownSteps(Scenarios.read(FEATURES))).isEmpty();
    }

    @Test
    void aStepThatIsNoSentenceIsFoundWithItsFileAndLine() {
        List<UnknownStep> unknown = glossary.unknownSteps(Map.of("keen.feature", """
                Feature: Keen
                  Scenario: Keen to learn
                    Given a Milton Keynes employee at level 2
                    And they are keen to learn
                """));

        assertThat(unknown).containsExactly(new UnknownStep("keen.feature", 4, "they are keen to learn",
                "no step matches 'they are keen to learn'; see the glossary (features/GLOSSARY.md)"));
    }

    @Test
    void everySentenceSaysWhatItAndEachParameterMeanAndHasAnExample() {
        List<StepSentence> sentences = glossary.sentences();

        assertThat(sentences).hasSizeGreaterThan(40).allSatisfy(s -> {
            assertThat(s.keyword()).isIn("Given", "When", "Then");
            assertThat(s.meaning()).as(s.sentence()).isNotBlank();
            assertThat(s.parameters()).as(s.sentence()).allSatisfy(p -> {
                assertThat(p.meaning()).isNotBlank();
                assertThat(p.accepts()).isNotBlank();
                assertThat(s.sentence()).contains("{" + p.name() + "}");
            });
            assertThat(s.example()).as("example of " + s.sentence()).startsWith(s.keyword() + " ");
        });
    }

    @Test
    void theExampleOfASentenceComesFromTheFeatures() {
        StepSentence share = glossary.sentences().stream()
                .filter(s -> s.sentence().equals("the reviewer observed {int}% of the next-level behaviours in every competency of the next level"))
                .findFirst().orElseThrow();

        assertThat(share.topic()).isEqualTo("The review");
        assertThat(share.parameters()).extracting(StepSentence.Parameter::name).containsExactly("int");
        assertThat(share.example()).isEqualTo("Given the reviewer observed 50% of the next-level behaviours in every"
                + " competency of the next level");
    }
}
