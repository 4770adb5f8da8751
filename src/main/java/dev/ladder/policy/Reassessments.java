package dev.ladder.policy;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Re-assesses every current stored review under the rule set in service, in the background; the new
 * assessment is stored beside the old one, each with its rule-set version.
 */
@Service
public class Reassessments {

    public ReassessmentJob start(String requestedBy) {
        throw new UnsupportedOperationException("TODO(impact helper)");
    }

    public Optional<ReassessmentJob> find(String id) {
        throw new UnsupportedOperationException("TODO(impact helper)");
    }
}
