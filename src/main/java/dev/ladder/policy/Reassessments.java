package dev.ladder.policy;

import java.time.Duration;
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
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;

/**
 * Re-assesses every current stored review under the rule set in service, in the background; the new
 * assessment is stored beside the old one, each with its rule-set version. One job at a time: asking
 * while one runs gives the running job. Started on request and after each {@link PolicyPublished};
 * a publish while a job runs starts another once it ends (under the newer rule set).
 * <p>
 * Each job is recorded in the store ({@link ReassessmentGraph}, the latest {@value #KEPT}) when it
 * starts, after each batch it stores, and when it ends, so its progress and outcome outlive a restart
 * and every replica over a shared store can follow it. A job cut short by a shutdown shows as STOPPED
 * (with the embedded store, any RUNNING job this process does not run; with a shared store, one whose
 * progress was last written more than {@link #STALE} ago) and is simply started again: reviews whose
 * newest assessment is already the one the rule set in service makes are not stored again, so a
 * second run only does what is left.
 */
@Service
public class Reassessments implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Reassessments.class);
    static final int KEPT = 50;
    /** A shared store's RUNNING job not written for this long has lost its process (a batch takes seconds). */
    static final Duration STALE = Duration.ofMinutes(5);

    private final RuleSets ruleSets;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final List<ReviewListener> listeners;
    private final int batchSize;
    /** About how many current reviews a job reads (with their assessments) at once. */
    private final int readGroup;
    private final ExecutorService runner;
    private final ReassessmentGraph stored;
    /** Whether other processes may run jobs over the same store (a shared, remote store). */
    private final boolean shared;
    private final Map<String, ReassessmentRun> jobs = new LinkedHashMap<>();
    private ReassessmentRun running;
    private String rerunRequestedBy;

    Reassessments(RuleSets ruleSets, Assessor assessor, ReviewHistory history, List<ReviewListener> listeners,
                  @org.springframework.beans.factory.annotation.Value("${ladder.reassessment-batch:1000}") int batchSize,
                  @org.springframework.beans.factory.annotation.Value("${ladder.reassessment-read:1000}") int readGroup,
                  RdfStore store) {
        this.stored = new ReassessmentGraph(store);
        this.shared = ChangeLog.of(store).active();
        this.ruleSets = ruleSets;
        this.assessor = assessor;
        this.history = history;
        this.listeners = List.copyOf(listeners);
        this.batchSize = batchSize;
        this.readGroup = readGroup;
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
                assessor, history, batchSize, readGroup, this::record);
        running = run;
        jobs.put(run.id(), run);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        record(run.job());
        forgetOldJobs();
        runner.submit(() -> run(run));
        return run.job();
    }

    /** The job: as it runs here, else as the store recorded it. */
    public synchronized Optional<ReassessmentJob> find(String id) {
        ReassessmentRun here = jobs.get(id);
        if (here != null) {
            return Optional.of(here.job());
        }
        return stored.find(id).map(this::asSeenHere);
    }

    /** The job started last (running or ended), by this process or, as the store recorded it, any other. */
    public synchronized Optional<ReassessmentJob> latest() {
        Optional<ReassessmentJob> recorded = stored.all().stream().findFirst().map(s -> {
            ReassessmentRun here = jobs.get(s.job().id());
            return here != null ? here.job() : asSeenHere(s);
        });
        if (recorded.isPresent()) {
            return recorded;
        }
        ReassessmentRun last = null;
        for (ReassessmentRun run : jobs.values()) {
            last = run;
        }
        return Optional.ofNullable(last).map(ReassessmentRun::job);
    }

    /**
     * A recorded job not running in this process: still RUNNING only if another process may be running
     * it and wrote its progress lately; else STOPPED when it was last written.
     */
    private ReassessmentJob asSeenHere(ReassessmentGraph.Stored s) {
        ReassessmentJob job = s.job();
        boolean gone = !shared || s.updated().plus(STALE).isBefore(Instant.now());
        if (job.status() != ReassessmentJob.Status.RUNNING || !gone) {
            return job;
        }
        return new ReassessmentJob(job.id(), job.requestedBy(), job.ruleSetVersion(), ReassessmentJob.Status.STOPPED,
                job.total(), job.done(), job.changed(), job.failed(), job.started(), s.updated());
    }

    /** Writes the job's progress to the store; a store that cannot take it does not stop the job. */
    private void record(ReassessmentJob job) {
        try {
            stored.save(job, Instant.now());
        } catch (RuntimeException e) {
            log.warn("Could not record re-assessment {} in the store: {}", job.id(), e.toString());
        }
    }

    private void forgetOldJobs() {
        try {
            List<ReassessmentGraph.Stored> all = stored.all();
            if (all.size() > KEPT) {
                stored.remove(all.subList(KEPT, all.size()).stream().map(s -> s.job().id()).toList());
            }
        } catch (RuntimeException e) {
            log.warn("Could not forget the oldest re-assessment jobs in the store: {}", e.toString());
        }
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
            // recorded first: whoever sees the job ended here finds it ended in the store too
            ReassessmentJob ended = run.ending(worked ? ReassessmentJob.Status.DONE : ReassessmentJob.Status.FAILED,
                    Instant.now());
            record(ended);
            run.end(ended.status(), ended.finished());
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
