package dev.ladder;

/**
 * Something the service depends on (the store, for one) failed, so a request could not be done now and
 * nothing of it was kept: the answer is 503 with this message, not a 500. Kept in the root package so
 * that the web layer can answer it without knowing which part below failed.
 */
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
