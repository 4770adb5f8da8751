package dev.ladder.web;

/** A request for a representation Ladder does not produce (406); the message says which it does. */
class NotAcceptable extends RuntimeException {

    NotAcceptable(String message) {
        super(message);
    }
}
