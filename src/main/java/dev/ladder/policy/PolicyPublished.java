package dev.ladder.policy;

/**
 * Published (as a Spring application event) once a policy version is in service: by a publish or a
 * rollback. The re-assessment of stored reviews listens for it.
 */
public record PolicyPublished(PolicyVersion version, String ruleSetVersion) {
}
