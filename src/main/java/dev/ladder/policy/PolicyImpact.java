package dev.ladder.policy;

import org.springframework.stereotype.Service;

/** Previews a draft's impact over every current stored review, without storing anything. */
@Service
public class PolicyImpact {

    /** @param withNames whether the people affected are listed (only for those allowed to see names) */
    public Impact preview(String draftId, boolean withNames) {
        throw new UnsupportedOperationException("TODO(impact helper)");
    }
}
