package dev.ladder.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewListener;

/**
 * Re-assesses every current stored review under the rule set in service, in the background; the new
 * assessment is stored beside the old one, each with its rule-set version. One job at a time: asking
 * while one runs gives the running job. Started on request and after each {@link PolicyPublished};
 * a publish while a job runs starts another once it ends (under the newer rule set).
 * <p>
 * Jobs are kept in memory (the latest {@value #KEPT}); what they store is durable. A job cut short by
 * a shutdown is simply started again: reviews whose newest assessment is already the one the rule set
 * in service makes are not stored again, so a second run only does what is left.
 */
@Service
public class Reassessments implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Reassessments.class);
    static final int KEPT = 50;

    private final RuleSets ruleSets;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final List<ReviewListener> listeners;
    private final int batchSize;
    private final ExecutorService runner;
    private final Map<String, ReassessmentRun> jobs = new LinkedHashMap<>();
    private ReassessmentRun running;
    private String rerunRequestedBy;

    Reassessments(RuleSets ruleSets, Assessor assessor, ReviewHistory history, List<ReviewListener> listeners,
                  @org.springframework.beans.factory.annotation.Value("${ladder.reassessment-batch:1000}") int batchSize) {
        this.ruleSets = ruleSets;
        this.assessor = assessor;
        this.history = history;
        this.listeners = List.copyOf(listeners);
        this.batchSize = batchSize;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.runner = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ladder-reassessment");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    /** Starts a re-assessment under the rule set in service, or returns the one running. */
    public synchronized ReassessmentJob start(String requestedBy) {
        if (running != null) {
            return running.job();
        }
        RuleSet rules = ruleSets.current().orElseThrow(() -> new ReassessmentRefused(
                "No rule set in service: the rules in ladder.rules-dir have not compiled, so nothing can be re-assessed"));
        ReassessmentRun run = new ReassessmentRun(UUID.randomUUID().toString(), requestedBy, rules, Instant.now(),
                assessor, history, batchSize);
        running = run;
        jobs.put(run.id(), run);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        runner.submit(() -> run(run));
        return run.job();
    }

    public synchronized Optional<ReassessmentJob> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(ReassessmentRun::job);
    }

    /** The job started last (running or ended), if any since start-up. */
    public synchronized Optional<ReassessmentJob> latest() {
        ReassessmentRun last = null;
        for (ReassessmentRun run : jobs.values()) {
            last = run;
        }
        return Optional.ofNullable(last).map(ReassessmentRun::job);
    }

    /** After a publish or a rollback: re-assess under the new rule set (after the running job, if any). */
    @EventListener
    public synchronized void published(PolicyPublished event) {
        String who = event.version() == null ? "policy publish" : event.version().author();
        if (running != null) {
            rerunRequestedBy = who;
            return;
        }
        try {
            start(who);
        } catch (RuntimeException e) {
            // the publish itself succeeded; re-assessment can still be asked for
            log.error("Could not start re-assessing after policy version {}", event.ruleSetVersion(), e);
        }
    }

    private void run(ReassessmentRun run) {
        boolean worked = false;
        try {
            run.execute();
            worked = true;
        } catch (RuntimeException e) {
            log.error("Re-assessment {} failed", run.id(), e);
        } finally {
            // what was stored is in the store either way: the report snapshot is built again from it
            try {
                listeners.forEach(ReviewListener::reassessed);
            } catch (RuntimeException e) {
                worked = false;
                log.error("Refreshing the report snapshot after re-assessment {} failed", run.id(), e);
            }
            if (worked) {
                run.succeed();
            } else {
                run.fail();
            }
            log.info("Re-assessment {}: {}", run.id(), run.job());
            String again;
            synchronized (this) {
                running = null;
                again = rerunRequestedBy;
                rerunRequestedBy = null;
                boolean newer = ruleSets.current().map(r -> !r.version().equals(run.ruleSetVersion())).orElse(false);
                if (again != null || newer) {
                    start(again != null ? again : run.job().requestedBy());
                }
            }
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
