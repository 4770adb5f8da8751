package dev.ladder.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.springframework.stereotype.Service;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.assessment.check.ChangeScope;
import dev.ladder.history.CurrentReviewBrief;
import dev.ladder.history.Parallel;
import dev.ladder.history.ReviewHistory;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.report.ReportIndex;
import dev.ladder.report.ReportIndex.Verdicts;
import dev.ladder.review.Period;
import dev.ladder.review.Review;

/**
 * Previews a draft's impact over every person's current stored review, without storing anything:
 * each person's latest current review (as the reports count people) is assessed by the draft, and
 * compared with its assessment by the rule set in service, the previous review taken into account as
 * when it was submitted.
 * <p>
 * The side in service costs nothing to read when it can be trusted: the reviews are read in one query
 * that leaves out the stored assessments' JSON (most of the store), only the rule set and time of each
 * review's newest assessment; when that assessment was made by the rule set in service with the same
 * previous review (see {@link #inService}), its readiness, red flags and needs come from the report
 * snapshot ({@link ReportIndex#verdicts}), which holds exactly those, provided the snapshot's copy is
 * by the rule set in service too. Otherwise the review is assessed again. The draft's rules compile
 * while the reviews are read; the reviews are assessed on all cores and added up as they come.
 * <p>
 * When the draft can only change some frameworks' outcomes ({@link ChangeScope}), the reviews of the
 * other frameworks are not even read (decoding and parsing a review's JSON was most of the reading):
 * whose each is, its period and framework come from the store's own fields, and its outcome and
 * department from the snapshot. Only those the snapshot cannot vouch for are read after all.
 */
@Service
public class PolicyImpact {

    /** How far the assessing threads may run ahead of the tally. */
    private static final int WINDOW = 4_096;

    private final PolicyDrafts drafts;
    private final RuleSets ruleSets;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final Organisation organisation;
    private final ReportIndex snapshot;
    private final PolicyFiles policyFiles;

    PolicyImpact(PolicyDrafts drafts, RuleSets ruleSets, Assessor assessor, ReviewHistory history,
                 Organisation organisation, ReportIndex snapshot, PolicyFiles policyFiles) {
        this.policyFiles = policyFiles;
        this.drafts = drafts;
        this.ruleSets = ruleSets;
        this.assessor = assessor;
        this.history = history;
        this.organisation = organisation;
        this.snapshot = snapshot;
    }

    /**
     * @param withNames whether the people affected are listed (only for those allowed to see names)
     * @throws ImpactUnknownDraft when there is no such draft
     * @throws ImpactRefused      when the draft's rules do not compile
     */
    public Impact preview(String draftId, boolean withNames) {
        if (drafts.find(draftId).isEmpty()) {
            throw new ImpactUnknownDraft(draftId);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : drafts.files(draftId)) {
            if (PolicyFiles.isRuleFile(path)) {
                files.put(path, drafts.readBytes(draftId, path));
            }
        }
        return preview(files, withNames);
    }

    /**
     * The impact of the rule files {@code draftRuleFiles} (paths relative to the rules folder) if they
     * replaced the rule set in service.
     *
     * @throws ImpactRefused when they do not compile
     */
    public Impact preview(Map<String, byte[]> draftRuleFiles, boolean withNames) {
        RuleSet inService = ruleSets.current().orElseThrow(() -> new ImpactRefused(List.of(new RuleProblem(
                ruleSets.folder().toString(), null, null, "no rule set in service to compare the draft with: the rules in"
                + " ladder.rules-dir have not compiled (GET /api/rules/status lists the problems)"))));
        // the draft compiles on a thread of its own while this one reads the reviews
        FutureTask<RuleSetCompiler.Result> building = new FutureTask<>(() -> ruleSets.build(draftRuleFiles));
        Thread compiler = new Thread(building, "ladder-impact-compile");
        compiler.setDaemon(true);
        compiler.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        compiler.start();
        Optional<Set<String>> scope = Optional.empty();
        List<CurrentReviewBrief> current;
        try {
            scope = scope(inService, draftRuleFiles);
            // the reviews of frameworks the draft cannot change are read only when the snapshot cannot
            // vouch for them (below): most of the time, they are never read
            Optional<Set<String>> readFirst = scope;
            current = history.currentBriefly(framework -> readFirst.map(in -> in.contains(framework)).orElse(true));
        } catch (RuntimeException e) {
            built(building).ifPresent(result -> {
                if (result.ok()) {
                    ruleSets.release(result.ruleSet());
                }
            });
            throw e;
        }
        RuleSetCompiler.Result built = built(building).orElseThrow();
        if (!built.ok()) {
            throw new ImpactRefused(built.problems());
        }
        RuleSet draft = built.ruleSet();
        try {
            return compare(current, inService, draft, scope, withNames);
        } finally {
            ruleSets.release(draft);
        }
    }

    /** The draft's compilation, waited for; its own failure rethrown. */
    private static Optional<RuleSetCompiler.Result> built(FutureTask<RuleSetCompiler.Result> building) {
        try {
            return Optional.of(building.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the draft", e);
        }
    }

    /**
     * The frameworks whose people the draft can affect ({@link ChangeScope}), when its rule files can be
     * compared with those the rule set in service was compiled from: the files in the rules folder, if
     * their content hash is that rule set's version (not when they have been edited since, or another
     * replica has published); empty (everyone) otherwise.
     */
    Optional<Set<String>> scope(RuleSet inService, Map<String, byte[]> draftRuleFiles) {
        Map<String, byte[]> served = new TreeMap<>();
        policyFiles.inService().forEach((path, bytes) -> {
            if (PolicyFiles.isRuleFile(path) && !PolicyFiles.isFeature(path)) {
                served.put(path, bytes);
            }
        });
        if (!inService.version().equals(RuleSetHash.of(served))) {
            return Optional.empty();
        }
        return ChangeScope.frameworks(served, draftRuleFiles);
    }

    /**
     * @param current the current reviews in brief, read or not (those that are needed and unread are read here)
     * @param scope   the frameworks whose people the draft can affect; empty: anyone
     */
    Impact compare(List<CurrentReviewBrief> current, RuleSet inService, RuleSet draft, Optional<Set<String>> scope,
                   boolean withNames) {
        int[] previous = previousAmong(current);
        List<Integer> latest = latestOfEachPerson(current);
        boolean same = draft.version().equals(inService.version());
        // what the snapshot vouches for, and which reviews must be read: the draft's people's (and the
        // reviews before theirs), and any whose side in service has to be assessed again
        Verdicts[] held = new Verdicts[current.size()];
        boolean[] affected = new boolean[current.size()];
        boolean[] needed = new boolean[current.size()];
        for (int i : latest) {
            CurrentReviewBrief review = current.get(i);
            held[i] = held(review, previous[i] < 0 ? null : current.get(previous[i]), inService).orElse(null);
            affected[i] = !same && scope.map(frameworks -> frameworks.contains(review.framework())).orElse(true);
            if (affected[i] || held[i] == null) {
                needed[i] = true;
                if (previous[i] >= 0) {
                    needed[previous[i]] = true;
                }
            }
        }
        List<CurrentReviewBrief> reviews = history.withReviews(current, i -> needed[i]);
        ImpactTally tally = new ImpactTally(withNames);
        Parallel.ordered(latest.size(), WINDOW, k -> {
            int i = latest.get(k);
            CurrentReviewBrief review = reviews.get(i);
            Optional<Review> before = previous[i] < 0 ? Optional.empty() : Optional.ofNullable(reviews.get(previous[i]).review());
            if (!review.read()) {
                // unaffected and vouched for by the snapshot: counted as the snapshot holds it (department
                // included); one erased since it was listed has no verdicts (null), and is counted as failed
                return new ImpactTally.Outcome(review.employeeId(), review.framework(),
                        snapshot.department(review.employeeId(), review.period()).orElse(null), held[i], held[i], false);
            }
            Review r = review.review();
            Verdicts now = held[i] != null ? held[i] : ImpactTally.brief(tryAssess(r, before, inService));
            Verdicts then = affected[i] ? ImpactTally.brief(tryAssess(r, before, draft)) : now;
            return new ImpactTally.Outcome(r.employeeId(), r.framework(), department(r), now, then, affected[i]);
        }, tally::add);
        return tally.impact(inService.version(), draft.version(), same ? List.of()
                : scope.map(frameworks -> (List<String>) new ArrayList<>(frameworks)).orElse(null));
    }

    /**
     * The review's assessment by the rule set in service, in brief, as the report snapshot holds it, if
     * the snapshot can vouch for it: the stored newest one was made by that rule set and the previous
     * review was already stored then (so it was the previous review it used: periods never disappear and
     * a later review of a period supersedes the earlier), and the snapshot's copy is by that rule set too
     * (not one a running re-assessment has just replaced in the store). Empty: it has to be assessed now.
     */
    private Optional<Verdicts> held(CurrentReviewBrief review, CurrentReviewBrief previous, RuleSet inService) {
        if (inService.version().equals(review.ruleSetVersion())
                && (previous == null || previous.submittedAt().isBefore(review.assessedAt()))) {
            Optional<Verdicts> held = snapshot.verdicts(review.employeeId(), review.period());
            if (held.isPresent() && inService.version().equals(held.get().ruleSetVersion())) {
                return held;
            }
        }
        return Optional.empty();
    }

    /**
     * The assessment without recommendations (the tally counts none), or null when the review cannot be
     * assessed (the tally counts it as failed).
     */
    private Assessment tryAssess(Review review, Optional<Review> previous, RuleSet rules) {
        try {
            return assessor.assessWithoutRecommendations(review, previous, rules);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String department(Review review) {
        return review.department() != null ? review.department()
                : organisation.find(review.employeeId()).map(Employee::department).orElse(null);
    }

    /** Positions of each person's current review of their latest period. */
    private static List<Integer> latestOfEachPerson(List<CurrentReviewBrief> current) {
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            CurrentReviewBrief review = current.get(i);
            Integer best = latest.get(review.employeeId());
            if (best == null || Period.TEXT_ORDER.compare(review.period(), current.get(best).period()) > 0) {
                latest.put(review.employeeId(), i);
            }
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * For each current review, by position, the position of the same person's current review of the
     * latest earlier period ("the previous review"), or -1: as {@code PreviousReviews.amongCurrent}.
     */
    static int[] previousAmong(List<CurrentReviewBrief> current) {
        int[] previous = new int[current.size()];
        java.util.Arrays.fill(previous, -1);
        Map<String, List<Integer>> byEmployee = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            byEmployee.computeIfAbsent(current.get(i).employeeId(), id -> new ArrayList<>(1)).add(i);
        }
        for (List<Integer> positions : byEmployee.values()) {
            if (positions.size() < 2) {
                continue;
            }
            positions.sort(Comparator.comparing((Integer i) -> current.get(i).period(), Period.TEXT_ORDER));
            for (int k = 1; k < positions.size(); k++) {
                int before = k - 1;
                // two current reviews of one period cannot both be current; if they were, skip the tie
                while (before >= 0 && Period.TEXT_ORDER.compare(current.get(positions.get(before)).period(),
                        current.get(positions.get(k)).period()) == 0) {
                    before--;
                }
                previous[positions.get(k)] = before < 0 ? -1 : positions.get(before);
            }
        }
        return previous;
    }
}
