package dev.ladder.store;

/**
 * The store could not do what was asked, for a reason outside Ladder: a remote SPARQL store that is
 * down, unreachable, refuses the credentials or answers with an error. The message names the store's
 * URL and what to check.
 */
public class StoreException extends dev.ladder.Unavailable {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
