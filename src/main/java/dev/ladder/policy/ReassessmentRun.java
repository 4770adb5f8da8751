package dev.ladder.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.Parallel;
import dev.ladder.history.PreviousReviews;
import dev.ladder.history.Reassessed;
import dev.ladder.history.ReviewHistory;

/**
 * One re-assessment job as it runs: reads every current review once, assesses them on all cores, and
 * stores the new assessments a batch at a time in one transaction each, counting as it goes. Storing
 * a batch overlaps with assessing the next ones ({@link Parallel#ordered}), so neither the cores nor
 * the store's writer wait for the other. A review whose newest
 * assessment equals the new one (same rule set, same outcome) gets nothing stored.
 */
final class ReassessmentRun {

    private final String id;
    private final String requestedBy;
    private final RuleSet rules;
    private final Instant started;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final int batchSize;
    private final java.util.function.Consumer<ReassessmentJob> progressed;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile ReassessmentJob.Status status = ReassessmentJob.Status.RUNNING;
    private volatile Instant finished;

    /** @param progressed given the job after each batch is stored (and once the reviews are read) */
    ReassessmentRun(String id, String requestedBy, RuleSet rules, Instant started, Assessor assessor,
                    ReviewHistory history, int batchSize,
                    java.util.function.Consumer<ReassessmentJob> progressed) {
        this.progressed = progressed;
        this.id = id;
        this.requestedBy = requestedBy;
        this.rules = rules;
        this.started = started;
        this.assessor = assessor;
        this.history = history;
        this.batchSize = Math.max(1, batchSize);
    }

    String id() {
        return id;
    }

    String ruleSetVersion() {
        return rules.version();
    }

    ReassessmentJob job() {
        return new ReassessmentJob(id, requestedBy, rules.version(), status, total.get(), done.get(), changed.get(),
                failed.get(), started, finished);
    }

    void execute() {
        // taken before reading: a review stored after this instant was assessed by the rule set then in service
        Instant assessedAt = Instant.now();
        List<CurrentReview> current = history.current();
        List<CurrentReview> previous = PreviousReviews.amongCurrent(current);
        total.set(current.size());
        progressed.accept(job());
        // a pipeline: the cores assess while this thread compares and stores each batch in one transaction
        List<Reassessed> newer = new ArrayList<>();
        int[] inBatch = {0};
        Parallel.ordered(current.size(), 2 * batchSize, k -> {
            CurrentReview review = current.get(k);
            try {
                return new Assessed(k, assessor.assess(review.review(),
                        Optional.ofNullable(previous.get(k)).map(CurrentReview::review), rules));
            } catch (RuntimeException e) {
                return new Assessed(k, null);
            }
        }, assessed -> {
            CurrentReview review = current.get(assessed.position());
            Assessment assessment = assessed.assessment();
            if (assessment == null) {
                failed.incrementAndGet();
            } else {
                if (!assessment.equals(review.assessment())) {
                    newer.add(new Reassessed(review.id(), review.review().employeeId(), assessment));
                }
                if (!ImpactTally.status(assessment).equals(ImpactTally.status(review.assessment()))) {
                    changed.incrementAndGet();
                }
            }
            inBatch[0]++;
            if (inBatch[0] == batchSize || assessed.position() == current.size() - 1) {
                history.addAssessments(List.copyOf(newer), assessedAt);
                newer.clear();
                done.addAndGet(inBatch[0]);
                inBatch[0] = 0;
                progressed.accept(job());
            }
        });
    }

    /** The new assessment of the review at {@code position}, or null when it could not be made. */
    private record Assessed(int position, Assessment assessment) {
    }

    /** The job as it will be once ended with {@code status} at {@code at} (to be recorded before it ends). */
    ReassessmentJob ending(ReassessmentJob.Status status, Instant at) {
        ReassessmentJob now = job();
        return new ReassessmentJob(now.id(), now.requestedBy(), now.ruleSetVersion(), status, now.total(), now.done(),
                now.changed(), now.failed(), now.started(), at);
    }

    /** Ends the job (after what follows the work, such as refreshing the report snapshot, and recording it). */
    void end(ReassessmentJob.Status status, Instant at) {
        finished = at;
        this.status = status;
    }
}
