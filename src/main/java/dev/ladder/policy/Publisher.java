package dev.ladder.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.RuleSets;

/**
 * Puts a checked version of the policy into service, one at a time: commit to the policy history,
 * write the files into {@code ladder.rules-dir} and {@code ladder.features-dir}, reload the rule set
 * (whether or not the rules watcher is on), and announce {@link PolicyPublished}. The history is
 * started at start-up with the policy as found; hand edits made since the last version are recorded
 * as a version of their own before the next publish, so the history stays true.
 */
@Component
class Publisher implements DisposableBean {

    static final String SYSTEM = "Ladder";
    static final String AT_START_UP = "Policy as found at start-up";
    static final String BY_HAND = "Edited by hand outside the workbench";
    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final PolicyFiles files;
    private final PolicyCheck check;
    private final RuleSets ruleSets;
    private final ApplicationEventPublisher events;
    private final PolicyRepository repository;
    private volatile Timings lastTimings;

    Publisher(LadderProperties properties, PolicyFiles files, PolicyCheck check, RuleSets ruleSets,
              ApplicationEventPublisher events) {
        this.files = files;
        this.check = check;
        this.ruleSets = ruleSets;
        this.events = events;
        this.repository = PolicyRepository.open(properties.policyHistoryDir());
        synchronized (this) {
            if (repository.isEmpty()) {
                SortedMap<String, byte[]> inService = files.inService();
                RevCommit first = repository.commit(inService, SYSTEM, AT_START_UP, RuleSetHash.of(inService));
                log.info("Policy history started in {} with the policy as found: version {}",
                        properties.policyHistoryDir().toAbsolutePath(), repository.shortId(first));
            }
        }
    }

    PolicyRepository repository() {
        return repository;
    }

    CheckReport check(Map<String, byte[]> policy) {
        return check.check(policy);
    }

    /**
     * Checks {@code policy} and, when it passes, puts it into service.
     *
     * @throws PublishRefused when it does not pass; nothing is committed or written then
     */
    synchronized PolicyVersion publish(Map<String, byte[]> policy, String reason, String author) {
        long started = System.nanoTime();
        CheckReport report = check.check(policy);
        if (!report.passed()) {
            throw new PublishRefused(report);
        }
        long checked = System.nanoTime();
        recordHandEdits();
        RevCommit commit = repository.commit(policy, author, reason, report.version());
        files.putInService(policy);
        RuleSets.Attempt attempt = ruleSets.reload();
        if (!report.version().equals(attempt.version())) {
            log.error("Published policy version {} checked as rule set {}, but the rules folder compiled to {}: {}",
                    repository.shortId(commit), report.version(), attempt.version(), attempt.problems());
        }
        PolicyVersion version = version(commit);
        long inService = System.nanoTime();
        lastTimings = new Timings((checked - started) / 1_000_000, (inService - checked) / 1_000_000);
        log.info("Policy version {} (rule set {}) published by {}: {} (checked in {} ms, then in service {} ms later)",
                version.version(), report.version(), author, reason, (checked - started) / 1_000_000,
                (inService - checked) / 1_000_000);
        try {
            events.publishEvent(new PolicyPublished(version, report.version()));
        } catch (RuntimeException e) {
            // the version is published and in service whatever a listener does; its failure is its own
            log.error("A listener of PolicyPublished failed for version {}: {}", version.version(), e.toString(), e);
        }
        return version;
    }

    /** Records the files in service as a version when they are not the latest version's (edited by hand). */
    private void recordHandEdits() {
        SortedMap<String, byte[]> inService = files.inService();
        SortedMap<String, byte[]> latest = repository.files(repository.head().orElseThrow());
        if (!same(inService, latest)) {
            RevCommit commit = repository.commit(inService, SYSTEM, BY_HAND, RuleSetHash.of(inService));
            log.info("The policy in service had been edited by hand; recorded as version {}", repository.shortId(commit));
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    /** How long the latest publish took: its check, then the rest until its rule set was in service. */
    Timings lastTimings() {
        return lastTimings;
    }

    record Timings(long checkMillis, long inServiceMillis) {
    }

    PolicyVersion version(RevCommit commit) {
        return new PolicyVersion(repository.shortId(commit), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant(), PolicyRepository.reason(commit),
                PolicyRepository.ruleSetVersion(commit));
    }

    @Override
    public void destroy() {
        repository.close();
    }
}
