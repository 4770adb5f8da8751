package dev.ladder.scenario;

/**
 * A step of a feature file that no sentence of the glossary matches, or that more than one matches.
 *
 * @param feature the feature file, relative to the features folder
 * @param line    the step's line in it
 * @param step    the step's text, without its keyword (for an outline, with the example's values)
 * @param message what is wrong, in plain words
 */
public record UnknownStep(String feature, int line, String step, String message) {
}
