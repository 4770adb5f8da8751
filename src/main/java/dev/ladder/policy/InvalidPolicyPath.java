package dev.ladder.policy;

/**
 * A file a draft cannot hold at that path: outside the policy ({@code ..}, an absolute path), not a
 * rule file or scenario, or content of the wrong kind for it (text for a workbook, or a workbook that
 * is not one). The message names the path and what is allowed; the title says which of these it is.
 */
public class InvalidPolicyPath extends RuntimeException {

    private final String path;
    private final String title;

    InvalidPolicyPath(String path, String message) {
        this(path, "Not a policy file", message);
    }

    InvalidPolicyPath(String path, String title, String message) {
        super(message);
        this.path = path;
        this.title = title;
    }

    /** What is wrong, in a few words ("Not a policy file", "Not an Excel workbook"). */
    public String title() {
        return title;
    }

    /** The path as it was given. */
    public String path() {
        return path;
    }
}
