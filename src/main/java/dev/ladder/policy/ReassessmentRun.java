package dev.ladder.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.CurrentReviewBrief;
import dev.ladder.history.Parallel;
import dev.ladder.history.PreviousReviews;
import dev.ladder.history.Reassessed;
import dev.ladder.history.ReviewHistory;

/**
 * One re-assessment job as it runs: reads every current review once, a group of people at a time,
 * assesses them on all cores, and stores the new assessments a batch at a time in one transaction
 * each, counting as it goes. Storing
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
    /** About how many current reviews are read (with their assessments) at once: 1,000 take a few tens of MB. */
    private final int readGroup;
    private final java.util.function.Consumer<ReassessmentJob> progressed;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile ReassessmentJob.Status status = ReassessmentJob.Status.RUNNING;
    private volatile Instant finished;

    /** @param progressed given the job after each batch is stored (and once the reviews are read) */
    ReassessmentRun(String id, String requestedBy, RuleSet rules, Instant started, Assessor assessor,
                    ReviewHistory history, int batchSize, int readGroup,
                    java.util.function.Consumer<ReassessmentJob> progressed) {
        this.progressed = progressed;
        this.id = id;
        this.requestedBy = requestedBy;
        this.rules = rules;
        this.started = started;
        this.assessor = assessor;
        this.history = history;
        this.batchSize = Math.max(1, batchSize);
        this.readGroup = Math.max(1, readGroup);
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
        // Whose reviews there are, read without any review or assessment JSON; then the reviews a group of
        // people at a time, so that memory holds one group and not the store (100,000 current reviews with
        // their assessments took more than 4 GB of heap when read at once). A person's reviews are all in
        // one group, so each review's previous one is found within its group.
        List<CurrentReviewBrief> briefs = history.currentBriefly(framework -> false);
        total.set(briefs.size());
        progressed.accept(job());
        List<Reassessed> newer = new ArrayList<>();
        int[] inBatch = {0};
        List<List<String>> groups = groups(briefs, readGroup);
        for (int g = 0; g < groups.size(); g++) {
            List<CurrentReview> current = history.currentOf(groups.get(g));
            List<CurrentReview> previous = PreviousReviews.amongCurrent(current);
            boolean lastGroup = g == groups.size() - 1;
            // a pipeline: the cores assess while this thread compares and stores each batch in one transaction
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
                if (inBatch[0] == batchSize || (lastGroup && assessed.position() == current.size() - 1)) {
                    store(newer, inBatch[0], assessedAt);
                    inBatch[0] = 0;
                }
            });
        }
        if (inBatch[0] > 0) { // the last group held nobody's reviews any more (all erased meanwhile)
            store(newer, inBatch[0], assessedAt);
        }
    }

    /** Stores a batch's new assessments in one transaction, counts the batch as done and reports progress. */
    private void store(List<Reassessed> newer, int assessed, Instant assessedAt) {
        history.addAssessments(List.copyOf(newer), assessedAt);
        newer.clear();
        // a person who stored a review since the briefs were read makes the total grow
        total.accumulateAndGet(done.addAndGet(assessed), Math::max);
        progressed.accept(job());
    }

    /**
     * The people of {@code briefs} in groups of about {@code reviews} current reviews each (a group grows
     * past it only to keep a person's reviews together), in the order the briefs first name them.
     */
    static List<List<String>> groups(List<CurrentReviewBrief> briefs, int reviews) {
        Map<String, Integer> reviewsOf = new LinkedHashMap<>();
        briefs.forEach(b -> reviewsOf.merge(b.employeeId(), 1, Integer::sum));
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int inGroup = 0;
        for (Map.Entry<String, Integer> person : reviewsOf.entrySet()) {
            if (inGroup > 0 && inGroup + person.getValue() > reviews) {
                groups.add(group);
                group = new ArrayList<>();
                inGroup = 0;
            }
            group.add(person.getKey());
            inGroup += person.getValue();
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
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
