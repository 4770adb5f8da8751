package dev.ladder.policy;

import java.time.Instant;

/** A draft of the policy: a private copy of the rule files and scenarios, started from a version. */
public record Draft(String id, String author, Instant createdAt, String baseVersion) {
}
