package dev.ladder.review;

/**
 * One thing wrong with a submitted review.
 *
 * @param path    where, as a JSON path into the submitted document: {@code $.ratings[2].competency}
 * @param message what was found and what was expected
 */
public record ReviewProblem(String path, String message) {
}
