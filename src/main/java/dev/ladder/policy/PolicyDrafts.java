package dev.ladder.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Drafts of the policy: start one from the version in service, read and write its files, check it,
 * publish it. A draft never touches the rule set in service until it is published.
 * File paths are relative to the rules folder ({@code readiness-threshold.drl.csv}) or start with
 * {@code features/} for a scenario file.
 */
@Service
public class PolicyDrafts {

    public Draft create(String author) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    public Optional<Draft> find(String id) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    public List<String> files(String id) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    public String read(String id, String path) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    public void write(String id, String path, String text) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    public CheckReport check(String id) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }

    /** @throws PublishRefused when the draft does not pass {@link #check} */
    public PolicyVersion publish(String id, String reason, String author) {
        throw new UnsupportedOperationException("TODO(policy helper)");
    }
}
