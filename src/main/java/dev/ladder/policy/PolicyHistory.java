package dev.ladder.policy;

import java.util.List;

import org.springframework.stereotype.Service;

/** Published versions of the policy, newest first; the diff of each; and rolling back to one. */
@Service
public class PolicyHistory {

    public List<PolicyVersion> versions() {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    /** The unified diff of {@code version} against the version before it. */
    public String diff(String version) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    /** Publishes the files of an earlier version again, through the same checks as a draft. */
    public PolicyVersion rollback(String version, String reason, String author) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }
}
