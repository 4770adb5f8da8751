package dev.ladder.scenario;

import java.util.List;

/**
 * One sentence a scenario may use, as the glossary shows it.
 *
 * @param topic      the glossary heading it is under ("Red flags")
 * @param keyword    Given, When or Then (And and But continue the step before)
 * @param sentence   the pattern, a Cucumber expression: {@code the learning need for {string} has priority {priority}}
 * @param meaning    what it means, in plain words
 * @param parameters its parameters, in the order the sentence names them
 * @param table      what the table under the step holds, or null when it takes none
 * @param example    the sentence in use, from a feature file where one uses it
 */
public record StepSentence(String topic, String keyword, String sentence, String meaning, List<Parameter> parameters,
                           String table, String example) {

    public StepSentence {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param name    the parameter as the sentence writes it: {@code {int}}, {@code {string}}, {@code {council}}
     * @param meaning what the value stands for in this sentence
     * @param accepts what may be written there
     */
    public record Parameter(String name, String meaning, String accepts) {
    }
}
