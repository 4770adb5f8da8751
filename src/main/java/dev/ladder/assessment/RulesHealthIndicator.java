package dev.ladder.assessment;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;

/**
 * {@code rules} in {@code /actuator/health}: DOWN while no rule set is in service (the rules have never
 * compiled and passed their checks, or the frameworks they are checked against are not loaded yet),
 * since then no review can be assessed. A later change that does not compile leaves the last
 * good rule set in service, so health stays UP and the details show the failed attempt.
 */
@Component
class RulesHealthIndicator implements HealthIndicator {

    private final RuleSets ruleSets;
    private final Path rulesDir;

    RulesHealthIndicator(RuleSets ruleSets, LadderProperties properties) {
        this.ruleSets = ruleSets;
        this.rulesDir = properties.rulesDir().toAbsolutePath().normalize();
    }

    @Override
    public Health health() {
        Optional<RuleSet> current = ruleSets.current();
        RuleSets.Attempt last = ruleSets.lastAttempt();
        Health.Builder health = current
                .map(ruleSet -> Health.up().withDetail("version", ruleSet.version())
                        .withDetail("rules", ruleSet.rules().size()))
                .orElseGet(() -> Health.down().withDetail("reason", last == null
                        ? "no rule set in service yet: the rules in ladder.rules-dir " + rulesDir + " are compiled and "
                        + "checked once the frameworks are loaded"
                        : "no rule set in service: the rules in ladder.rules-dir " + rulesDir + " do not compile or "
                        + "fail their checks (see GET /api/rules/status)"));
        if (last != null && !last.problems().isEmpty()) {
            health.withDetail("lastAttemptProblems", last.problems().size());
        }
        return health.build();
    }
}
