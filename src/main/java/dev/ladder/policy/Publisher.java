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
import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSets;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;

/**
 * Puts a checked version of the policy into service, one at a time: commit to the policy history,
 * write the files into {@code ladder.rules-dir} and {@code ladder.features-dir}, put the rule set the
 * check built into service (compiled once; the rules watcher, if on, finds the folder already in
 * service), and announce {@link PolicyPublished}. The history is
 * started at start-up with the policy as found; hand edits made since the last version are recorded
 * as a version of their own before the next publish, so the history stays true.
 *
 * <p>With a shared (remote) store the history is shared too: after each publish the whole history
 * goes into the store's policy graph as a git bundle ({@link PolicyGraph}), and every replica follows
 * it ({@link #follow()}, told by {@link PolicyReplica}): it reads the bundle into its own repository, so
 * versions keep their ids everywhere, and puts the latest version's files into service. A publish first
 * follows, and is refused if another replica published meanwhile (compare and set in the store).
 */
@Component
class Publisher implements DisposableBean {

    static final String SYSTEM = "Ladder";
    static final String AT_START_UP = "Policy as found when the history began";
    static final String BY_HAND = "Edited by hand outside the workbench";
    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final PolicyFiles files;
    private final PolicyCheck check;
    private final RuleSets ruleSets;
    private final ApplicationEventPublisher events;
    private final java.nio.file.Path historyDir;
    private PolicyRepository repository;
    private volatile Timings lastTimings;
    /** The store's policy graph when the store is shared; null with the embedded store. */
    private final PolicyGraph shared;

    Publisher(LadderProperties properties, PolicyFiles files, PolicyCheck check, RuleSets ruleSets,
              ApplicationEventPublisher events, RdfStore store) {
        this.shared = ChangeLog.of(store).active() ? new PolicyGraph(store) : null;
        this.files = files;
        this.check = check;
        this.ruleSets = ruleSets;
        this.events = events;
        this.historyDir = shared != null && properties.policyHistory() == null ? cacheFolder()
                : properties.policyHistoryDir();
    }

    /**
     * With a shared store the store holds the history; this replica's repository is a copy made from it,
     * in a temporary folder unless {@code ladder.policy-history} names one.
     */
    private static java.nio.file.Path cacheFolder() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("ladder-policy-history-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot make a folder for the copy of the shared policy history", e);
        }
    }

    /**
     * The policy history, opened (and begun with the policy in service, when empty) the first time it
     * is used: a service that never uses the workbench writes no repository, and with a remote store
     * nothing is written under ladder.data-dir unless the workbench is used.
     */
    synchronized PolicyRepository repository() {
        if (repository == null) {
            PolicyRepository opened = PolicyRepository.open(historyDir);
            if (opened.isEmpty()) {
                SortedMap<String, byte[]> inService = files.inService();
                RevCommit first = opened.commit(inService, SYSTEM, AT_START_UP, RuleSetHash.of(inService));
                log.info("Policy history started in {} with the policy as found: version {}",
                        historyDir.toAbsolutePath(), opened.shortId(first));
            }
            repository = opened;
        }
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
        PolicyCheck.Checked checked = check.checkKeeping(policy);
        CheckReport report = checked.report();
        if (!report.passed()) {
            throw new PublishRefused(report);
        }
        long checkedAt = System.nanoTime();
        RevCommit commit;
        try {
            String before = follow();
            recordHandEdits();
            commit = repository().commit(policy, author, reason, report.version());
            if (shared != null && !shared.put(before, commit.name(), repository().bundle())) {
                String other = follow();
                throw new PublishRefused(new CheckReport(report.version(), java.util.List.of(new RuleProblem("(policy)",
                        null, null, "Another replica published version " + other + " while this one was being published",
                        "look at the history, then check and publish the draft again")), report.scenarios(),
                        report.uncoveredRules()));
            }
            files.putInService(policy);
        } catch (RuntimeException e) {
            checked.release(ruleSets);
            throw e;
        }
        // the rule set the check built is the one these files compile to: it goes into service as it is
        ruleSets.putInService(checked.ruleSet());
        PolicyVersion version = version(commit);
        long inService = System.nanoTime();
        lastTimings = new Timings((checkedAt - started) / 1_000_000, (inService - checkedAt) / 1_000_000);
        log.info("Policy version {} (rule set {}) published by {}: {} (checked in {} ms, then in service {} ms later)",
                version.version(), report.version(), author, reason, (checkedAt - started) / 1_000_000,
                (inService - checkedAt) / 1_000_000);
        try {
            events.publishEvent(new PolicyPublished(version, report.version()));
        } catch (RuntimeException e) {
            // the version is published and in service whatever a listener does; its failure is its own
            log.error("A listener of PolicyPublished failed for version {}: {}", version.version(), e.toString(), e);
        }
        return version;
    }

    /**
     * With a shared store: makes this replica's history the store's and, when the latest version changed,
     * puts its files into service and reloads the rule set (no {@link PolicyPublished}: the replica that
     * published announced it). The first replica to find no history in the store puts its own there.
     *
     * @return the store's head (the latest version's commit id) after following; null with the embedded store
     */
    synchronized String follow() {
        if (shared == null) {
            return null;
        }
        PolicyRepository local = repository();
        String head = shared.head().orElse(null);
        if (head == null) {
            String mine = local.headId().orElseThrow();
            if (shared.put(null, mine, local.bundle())) {
                log.info("Policy history {} put into the shared store", local.shortId(local.head().orElseThrow()));
                return mine;
            }
            head = shared.head().orElseThrow();
        }
        if (head.equals(local.headId().orElse(null))) {
            return head;
        }
        PolicyGraph.Shared history = shared.read().orElseThrow();
        local.resetTo(history.bundle(), history.head());
        files.putInService(local.files(local.head().orElseThrow()));
        RuleSets.Attempt attempt = ruleSets.reload();
        log.info("Policy version {} published through another replica is in service here: rule set {}",
                local.shortId(local.head().orElseThrow()), attempt.version());
        return history.head();
    }

    /** Records the files in service as a version when they are not the latest version's (edited by hand). */
    private void recordHandEdits() {
        SortedMap<String, byte[]> inService = files.inService();
        PolicyRepository repository = repository();
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
        return new PolicyVersion(repository().shortId(commit), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant(), PolicyRepository.reason(commit),
                PolicyRepository.ruleSetVersion(commit));
    }

    @Override
    public synchronized void destroy() {
        if (repository != null) {
            repository.close();
        }
    }
}
