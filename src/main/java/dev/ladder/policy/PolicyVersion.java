package dev.ladder.policy;

import java.time.Instant;

/** One published version of the policy: a commit of the policy history. */
public record PolicyVersion(String version, String author, Instant at, String reason) {
}
