package dev.ladder.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.Parallel;
import dev.ladder.history.PreviousReviews;
import dev.ladder.history.ReviewHistory;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Period;
import dev.ladder.review.Review;

/**
 * Previews a draft's impact over every person's current stored review, without storing anything:
 * each person's latest current review (as the reports count people) is assessed by the draft, and
 * compared with its assessment by the rule set in service, the previous review taken into account as
 * when it was submitted. The stored assessment stands for the rule set in service when it was made by
 * that very rule set with the same previous review (see {@link #inService}); otherwise the review is
 * assessed again. Reviews are read in one query and assessed on all cores.
 */
@Service
public class PolicyImpact {

    /** Reviews assessed at once (on all cores) before their outcomes are added up. */
    private static final int CHUNK = 2_000;

    private final PolicyDrafts drafts;
    private final RuleSets ruleSets;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final Organisation organisation;

    PolicyImpact(PolicyDrafts drafts, RuleSets ruleSets, Assessor assessor, ReviewHistory history,
                 Organisation organisation) {
        this.drafts = drafts;
        this.ruleSets = ruleSets;
        this.assessor = assessor;
        this.history = history;
        this.organisation = organisation;
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
        RuleSetCompiler.Result built = ruleSets.build(draftRuleFiles);
        if (!built.ok()) {
            throw new ImpactRefused(built.problems());
        }
        RuleSet draft = built.ruleSet();
        try {
            return compare(inService, draft, withNames);
        } finally {
            ruleSets.release(draft);
        }
    }

    private Impact compare(RuleSet inService, RuleSet draft, boolean withNames) {
        List<CurrentReview> current = history.current();
        List<CurrentReview> previous = PreviousReviews.amongCurrent(current);
        List<Integer> latest = latestOfEachPerson(current);
        ImpactTally tally = new ImpactTally(withNames);
        // a chunk at a time, so that only a chunk's assessments are held at once
        for (int from = 0; from < latest.size(); from += CHUNK) {
            int start = from;
            Parallel.map(Math.min(CHUNK, latest.size() - from), k -> {
                int i = latest.get(start + k);
                CurrentReview review = current.get(i);
                Optional<Review> before = Optional.ofNullable(previous.get(i)).map(CurrentReview::review);
                Assessment now = inService(review, previous.get(i), inService);
                Assessment then = draft.version().equals(inService.version()) ? now
                        : tryAssess(review.review(), before, draft);
                return new ImpactTally.Outcome(review.review(), department(review.review()), now, then);
            }).forEach(tally::add);
        }
        return tally.impact(inService.version(), draft.version());
    }

    /**
     * The review's assessment by the rule set in service: the stored newest one if that rule set made
     * it and the previous review was already stored then (so it was the previous review it used: periods
     * never disappear and a later review of a period supersedes the earlier), else assessed now.
     */
    private Assessment inService(CurrentReview review, CurrentReview previous, RuleSet inService) {
        Assessment stored = review.assessment();
        if (inService.version().equals(stored.ruleSetVersion())
                && (previous == null || previous.submittedAt().isBefore(review.assessedAt()))) {
            return stored;
        }
        return tryAssess(review.review(), Optional.ofNullable(previous).map(CurrentReview::review), inService);
    }

    /** The assessment, or null when the review cannot be assessed (the tally counts it as failed). */
    private Assessment tryAssess(Review review, Optional<Review> previous, RuleSet rules) {
        try {
            return assessor.assess(review, previous, rules);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String department(Review review) {
        return review.department() != null ? review.department()
                : organisation.find(review.employeeId()).map(Employee::department).orElse(null);
    }

    /** Positions of each person's current review of their latest period. */
    private static List<Integer> latestOfEachPerson(List<CurrentReview> current) {
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            Review review = current.get(i).review();
            Integer best = latest.get(review.employeeId());
            if (best == null || Period.TEXT_ORDER.compare(review.period(), current.get(best).review().period()) > 0) {
                latest.put(review.employeeId(), i);
            }
        }
        return new ArrayList<>(latest.values());
    }
}
