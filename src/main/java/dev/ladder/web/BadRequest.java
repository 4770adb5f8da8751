package dev.ladder.web;

/** A request that cannot be served as asked; the message says what was expected. */
class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message);
    }
}
