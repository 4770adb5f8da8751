package dev.ladder.web;

/** A request named something Ladder does not have; the message says what. */
public class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }

    /** For pages outside this package (the 404 page of {@code web.page.PageErrors}). */
    public static NotFound of(String message) {
        return new NotFound(message);
    }
}
