package dev.ladder.policy;

/** A draft, a file of a draft, or a published version that does not exist; the message says which. */
public class PolicyNotFound extends RuntimeException {

    PolicyNotFound(String message) {
        super(message);
    }
}
