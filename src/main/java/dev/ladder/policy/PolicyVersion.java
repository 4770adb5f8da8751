package dev.ladder.policy;

import java.time.Instant;

/**
 * One published version of the policy: a commit of the policy history.
 *
 * @param version        the commit id (short), as history, diff and rollback name it
 * @param author         who published it (the analyst's user name)
 * @param reason         why, in their words (the commit message)
 * @param ruleSetVersion the content hash of the rule set it put into service (the {@code ruleSetVersion}
 *                       of assessments made with it); null when not recorded
 */
public record PolicyVersion(String version, String author, Instant at, String reason, String ruleSetVersion) {

    public PolicyVersion(String version, String author, Instant at, String reason) {
        this(version, author, at, reason, null);
    }
}
