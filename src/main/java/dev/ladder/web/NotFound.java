package dev.ladder.web;

/** A request named something Ladder does not have; the message says what. */
public class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
