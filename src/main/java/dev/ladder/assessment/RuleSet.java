package dev.ladder.assessment;

import java.time.Instant;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled, immutable set of rules from {@code rules/}. Its version is a content hash of the
 * files, so an assessment can say exactly which rules produced it. The KieBase is shared; every
 * assessment gets a session of its own.
 *
 * @param files rule files, relative to the rules folder, in the order they were compiled
 * @param rules names of the rules, including one per decision-table row
 * @param sessions sessions of the KieBase kept for reuse: disposing of one resets it and puts it back,
 *                 which costs less than building a new one for every assessment
 */
public record RuleSet(String version, Instant compiledAt, List<String> files, List<String> rules,
                      KieContainer container, ReleaseId releaseId, KieSessionsPool sessions) {

    public RuleSet {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    KieBase kieBase() {
        return container.getKieBase();
    }

    KieSession newSession() {
        return kieBase().newKieSession();
    }

    /** A session from the pool; dispose of it to give it back. Only for sessions no one listens to. */
    KieSession pooledSession() {
        return sessions.newKieSession();
    }
}
