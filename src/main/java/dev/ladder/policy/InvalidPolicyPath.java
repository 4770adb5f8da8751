package dev.ladder.policy;

/**
 * A file path a draft cannot hold: outside the policy ({@code ..}, an absolute path), or not a rule
 * file or scenario. The message names the path and what is allowed.
 */
public class InvalidPolicyPath extends RuntimeException {

    private final String path;

    InvalidPolicyPath(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The path as it was given. */
    public String path() {
        return path;
    }
}
