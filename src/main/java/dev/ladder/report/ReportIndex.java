package dev.ladder.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.ladder.StartUpTask;
import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.RuleSets;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewListener;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Period;
import dev.ladder.review.Review;
import dev.ladder.store.ChangeListener;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.ReplicaPoller;

/**
 * A snapshot of every current review, reduced to what reports count, so a report is one pass over
 * small in-memory summaries instead of reading every stored review per request. Built from the store
 * in the background at start-up (a report waits for it; the rest of the service does not) and kept
 * current as reviews are stored or erased.
 * <p>With a shared (remote) store it also follows the store's change log ({@link ReplicaPoller}): the
 * people whose reviews another replica stored, erased or re-assessed are read again, so every replica's
 * reports show a write within about {@code ladder.replicas.poll-interval} (docs/scaling.md).
 */
@Component
public class ReportIndex implements ReviewListener, SmartInitializingSingleton, ChangeListener {

    /** How many people one refresh query asks for. */
    private static final int PEOPLE_PER_READ = 500;

    private final ReviewHistory history;
    private final Organisation organisation;
    private final RuleSets ruleSets;
    /** employee id → period (in {@link Period} order) → summary of the current review of that period. */
    private volatile Map<String, ConcurrentSkipListMap<String, ReviewSummary>> byEmployee = new ConcurrentHashMap<>();
    /** While {@link #reassessed} rebuilds: what happened meanwhile, to apply to the new snapshot too. */
    private List<java.util.function.Consumer<Map<String, ConcurrentSkipListMap<String, ReviewSummary>>>> meanwhile;
    /** One rebuild at a time (the start-up build and a re-assessment's). */
    private final Object rebuilding = new Object();
    /** Open once the start-up build is done (or failed, see {@link #failure}). */
    private final java.util.concurrent.CountDownLatch built = new java.util.concurrent.CountDownLatch(1);
    private volatile RuntimeException failure;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportIndex.class);

    /**
     * @param poller injected so that it is made first: it notes the change log's position before this
     *               snapshot is read, so no write in between is missed
     */
    public ReportIndex(ReviewHistory history, Organisation organisation, ReplicaPoller poller, RuleSets ruleSets) {
        this.history = history;
        this.organisation = organisation;
        this.ruleSets = ruleSets;
    }

    /**
     * Builds the snapshot from the store in the background, so the service answers (frameworks, reviews,
     * assessments) while it is read; a report asked for meanwhile waits until it is there ({@link #built}).
     * Reviews stored or erased during the build are applied to it as in {@link #reassessed}.
     */
    @Override
    public void afterSingletonsInstantiated() {
        // Collect what is stored meanwhile from now on, not from when the thread gets going
        synchronized (this) {
            meanwhile = new ArrayList<>();
        }
        StartUpTask.start("ladder-report-index", () -> {
            // Only once the rule set is in service (it compiles in the background too): on two cores
            // the two compete, and assessments are wanted sooner than reports. The rule set came 1.5 s
            // sooner that way at 10,000 people, the first report 0.2-0.5 s later (docs/benchmarks.md).
            try {
                ruleSets.current();
                long start = System.nanoTime();
                reassessed();
                log.info("Report index: {} people's current reviews read from the store in {} ms", byEmployee.size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                failure = e;
                log.error("Report index: could not read the current reviews from the store; reports cannot be made", e);
            } finally {
                built.countDown();
            }
        });
    }

    /** Waits until the snapshot has been built at start-up; whether it was (false: it could not be read). */
    private boolean builtWithoutFailure() {
        try {
            built.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report index was being built", e);
        }
        return failure == null;
    }

    /** Waits until the snapshot has been built at start-up. */
    private void built() {
        if (!builtWithoutFailure()) {
            throw new IllegalStateException("The report index could not be built from the store: " + failure, failure);
        }
    }

    @Override
    public void stored(StoredReview review) {
        apply(snapshot -> add(snapshot, review.review(), review.assessment()));
    }

    @Override
    public void erased(String employeeId) {
        apply(snapshot -> snapshot.remove(employeeId));
    }

    /**
     * Stored reviews got newer assessments: the snapshot is built again from the store and swapped in
     * whole, so reports never count a half-updated one. Reviews stored or erased while it is being
     * built are applied to the new snapshot as well.
     */
    @Override
    public void reassessed() {
        synchronized (rebuilding) {
            rebuild();
        }
    }

    private void rebuild() {
        synchronized (this) {
            if (meanwhile == null) {
                meanwhile = new ArrayList<>();
            }
        }
        Map<String, ConcurrentSkipListMap<String, ReviewSummary>> fresh = new ConcurrentHashMap<>();
        try {
            history.eachCurrent((review, assessment) -> add(fresh, review, assessment));
        } catch (RuntimeException e) {
            synchronized (this) {
                meanwhile = null;
            }
            throw e;
        }
        synchronized (this) {
            meanwhile.forEach(change -> change.accept(fresh));
            meanwhile = null;
            byEmployee = fresh;
        }
    }

    /**
     * Writes through any replica (this one's too): the people they touched are read again from the
     * store and their entries replaced whole (removed when they have no current review any more).
     */
    @Override
    public void changed(List<ChangeLog.Change> changes) {
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        changes.stream().filter(c -> ChangeLog.REVIEWS.equals(c.kind())).forEach(c -> people.addAll(c.subjects()));
        List<String> ids = new ArrayList<>(people);
        for (int i = 0; i < ids.size(); i += PEOPLE_PER_READ) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + PEOPLE_PER_READ));
            Map<String, ConcurrentSkipListMap<String, ReviewSummary>> fresh = new java.util.HashMap<>();
            for (CurrentReview review : history.currentOf(chunk)) {
                add(fresh, review.review(), review.assessment());
            }
            apply(snapshot -> chunk.forEach(id -> {
                ConcurrentSkipListMap<String, ReviewSummary> periods = fresh.get(id);
                if (periods == null) {
                    snapshot.remove(id);
                } else {
                    snapshot.put(id, periods);
                }
            }));
        }
    }

    /** Changes were missed (pruned from the log before this replica read them): build it all again. */
    @Override
    public void missed() {
        reassessed();
    }

    private synchronized void apply(
            java.util.function.Consumer<Map<String, ConcurrentSkipListMap<String, ReviewSummary>>> change) {
        change.accept(byEmployee);
        if (meanwhile != null) {
            meanwhile.add(change);
        }
    }

    /**
     * What a team list shows of a person's latest current review, from the snapshot (no store read):
     * empty when they have none.
     */
    public java.util.Optional<Latest> latest(String employeeId) {
        built();
        ConcurrentSkipListMap<String, ReviewSummary> periods = byEmployee.get(employeeId);
        java.util.Map.Entry<String, ReviewSummary> last = periods == null ? null : periods.lastEntry();
        if (last == null) {
            return java.util.Optional.empty();
        }
        ReviewSummary review = last.getValue();
        return java.util.Optional.of(new Latest(review.period(), review.readiness(), review.redFlags().size(),
                (int) review.needs().stream().filter(n -> "high".equals(n.priority())).count()));
    }

    /** A person's latest current review in brief: its period, readiness status, red flags and high needs. */
    public record Latest(String period, String readiness, int redFlags, int highNeeds) {
    }

    /**
     * The outcome of the current review of a person and period as the snapshot holds it (readiness,
     * red flags, needs) and the rule set that made it, without reading the store: the impact preview's
     * side "in service". Empty when the snapshot has no such review, or could not be built.
     *
     * <p>Waits for the start-up build like every report: before it, the snapshot holds no one, and a
     * preview asked for then would assess everyone's review by the rule set in service as well as by the
     * draft (at 100,000 reviews, waiting is about 11 s; assessing them all, about 30 s more).
     */
    public java.util.Optional<Verdicts> verdicts(String employeeId, String period) {
        if (!builtWithoutFailure()) {
            return java.util.Optional.empty();
        }
        return summary(employeeId, period).map(review -> new Verdicts(review.ruleSetVersion(), review.readiness(),
                review.redFlags().stream().map(f -> new Verdicts.Flag(f.indicator(), f.severity(), f.text())).toList(),
                review.needs().stream().map(n -> new Verdicts.Need(n.competency(), n.priority())).toList()));
    }

    /**
     * The department the snapshot counts the current review of a person and period in (the review's own,
     * else the person's in the register when the review was counted); empty when it has none or the
     * snapshot has no such review.
     */
    public java.util.Optional<String> department(String employeeId, String period) {
        return summary(employeeId, period).map(ReviewSummary::department);
    }

    /** The snapshot's summary of the current review of a person and period, if it has one (no store read). */
    private java.util.Optional<ReviewSummary> summary(String employeeId, String period) {
        ConcurrentSkipListMap<String, ReviewSummary> periods = byEmployee.get(employeeId);
        return java.util.Optional.ofNullable(periods == null ? null : periods.get(period));
    }

    /**
     * What an assessment decided, in brief: readiness status, red flags and learning needs.
     *
     * @param ruleSetVersion the rule set that made it
     */
    public record Verdicts(String ruleSetVersion, String readiness, List<Flag> redFlags, List<Need> needs) {

        public Verdicts {
            redFlags = List.copyOf(redFlags);
            needs = List.copyOf(needs);
        }

        /** @param severity "concern" or "serious" */
        public record Flag(String indicator, String severity, String text) {
        }

        /** @param priority "high", "medium" or "low" */
        public record Need(String competency, String priority) {
        }
    }

    /** The periods with at least one current review, newest first (the dashboard's period filter). */
    public List<String> periodsNewestFirst() {
        built();
        java.util.Set<String> periods = new java.util.HashSet<>();
        byEmployee.values().forEach(byPeriod -> periods.addAll(byPeriod.keySet()));
        return periods.stream().sorted(Period.TEXT_ORDER.reversed()).toList();
    }

    /** The departments named by current reviews. */
    java.util.Set<String> departments() {
        built();
        java.util.Set<String> departments = new java.util.HashSet<>();
        byEmployee.values().forEach(periods -> periods.values().forEach(r -> {
            if (r.department() != null) {
                departments.add(r.department());
            }
        }));
        return departments;
    }

    /** The summaries a report counts: matching the filter, and the latest period when none is given. */
    List<ReviewSummary> select(ReportFilter filter) {
        built();
        List<ReviewSummary> selected = new ArrayList<>();
        for (ConcurrentSkipListMap<String, ReviewSummary> periods : byEmployee.values()) {
            if (filter.period() != null) {
                ReviewSummary review = periods.get(filter.period());
                if (review != null && filter.matches(review)) {
                    selected.add(review);
                }
            } else if (!periods.isEmpty() && filter.matches(periods.lastEntry().getValue())) {
                selected.add(periods.lastEntry().getValue());
            }
        }
        return selected;
    }

    private void add(Map<String, ConcurrentSkipListMap<String, ReviewSummary>> snapshot, Review review,
                     Assessment assessment) {
        String department = review.department() != null ? review.department()
                : organisation.find(review.employeeId()).map(e -> e.department()).orElse(null);
        ReviewSummary summary = new ReviewSummary(review.employeeId(), review.framework(), department,
                review.level(), review.period(),
                assessment.learningNeeds().stream().map(n -> new ReviewSummary.Need(n.competency(), n.priority())).toList(),
                assessment.learningNeeds().stream().flatMap(n -> n.recommendations().stream())
                        .map(r -> r.id()).distinct().toList(),
                assessment.readiness().status(),
                assessment.redFlags().stream().map(f -> new ReviewSummary.Flag(f.competency(), f.indicator(), f.text(),
                        f.severity())).toList(), assessment.ruleSetVersion());
        snapshot.computeIfAbsent(review.employeeId(), id -> new ConcurrentSkipListMap<>(Period.TEXT_ORDER))
                .put(review.period(), summary);
    }
}
