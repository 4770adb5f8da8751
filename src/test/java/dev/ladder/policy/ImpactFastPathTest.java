package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.PreviousReviews;
import dev.ladder.history.Reassessed;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Period;
import dev.ladder.review.Review;

/**
 * The impact preview's fast path (reviews read without their assessments' JSON, the side in service
 * taken from the report snapshot when it can vouch for it) gives exactly what the straightforward
 * computation gives: every person's latest current review read whole and assessed afresh by both rule
 * sets. Checked in each state where the fast path decides differently: stored assessments by the rule
 * set in service; by another one; newer ones in the store that the snapshot does not have yet (as
 * while a re-assessment runs); after a re-assessment; and an earlier period stored after the later one
 * (so the later one's stored assessment used another previous review). The drafts change only
 * Leicester's threshold row, so only Leicester's people are assessed by the draft ({@code ChangeScope}),
 * and the figures are still those of assessing everyone.
 */
@SpringBootTest(properties = {"spring.main.web-application-type=none", "ladder.watch-rules=false"})
class ImpactFastPathTest {

    static final Path RULES = ReassessmentJobs.copyOfRules("ladder-impact-rules");

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("ladder.rules-dir", RULES::toString);
    }

    @Autowired
    PolicyImpact impact;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    Assessor assessor;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Organisation organisation;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewHistory history;
    @Autowired
    Reassessments reassessments;

    @Test
    void thePreviewEqualsAssessingEveryLatestReviewAfreshWithBothRuleSets() throws IOException {
        ImpactFixture fixture = new ImpactFixture(frameworks, 3);
        organisation.importCsv(fixture.registerCsv());
        reviews.submitAll(fixture.reviews, "test");
        Map<String, byte[]> fifty = ImpactFixture.ruleFiles(RULES);
        Map<String, byte[]> sixty = new LinkedHashMap<>(fifty);
        sixty.put("readiness-threshold.drl.csv", ImpactFixture.leicesterAt(fifty.get("readiness-threshold.drl.csv"), 60));

        // 1. stored assessments by the rule set in service: its side comes from the snapshot
        sameAsStraightforward(sixty, "stored by the rule set in service");
        sameAsStraightforward(fifty, "a draft equal to the rules in service");

        // 2. an earlier period stored after the later one: the later one's stored assessment used no previous review
        Review later = laterWithANegativeBehaviourAndNoEarlierReview(fixture);
        Review earlier = new Review(later.employeeId(), later.framework(), later.level(), "2025", later.department(),
                later.name(), later.ratings(), later.observed());
        reviews.submit(earlier, "test");
        Assessment stored = history.latest(later.employeeId()).orElseThrow().assessment();
        Assessment afresh = assessor.assess(later, Optional.of(earlier), ruleSets.current().orElseThrow());
        assertThat(afresh.redFlags()).as("the behaviour seen again is serious now").isNotEqualTo(stored.redFlags());
        sameAsStraightforward(sixty, "an earlier period stored after the later one");

        // 3. the rules in service change (60 %): the stored assessments are by another rule set
        Path table = RULES.resolve("readiness-threshold.drl.csv");
        Files.write(table, sixty.get("readiness-threshold.drl.csv"));
        assertThat(ruleSets.reload().problems()).isEmpty();
        sameAsStraightforward(fifty, "stored by another rule set");

        // 4. newer assessments stored for half the reviews, which the snapshot does not hold yet
        RuleSet inService = ruleSets.current().orElseThrow();
        List<CurrentReview> current = history.current();
        List<CurrentReview> previous = PreviousReviews.amongCurrent(current);
        List<Reassessed> half = new ArrayList<>();
        for (int i = 0; i < current.size(); i += 2) {
            CurrentReview review = current.get(i);
            half.add(new Reassessed(review.id(), review.review().employeeId(), assessor.assess(review.review(),
                    Optional.ofNullable(previous.get(i)).map(CurrentReview::review), inService)));
        }
        history.addAssessments(half, Instant.now());
        sameAsStraightforward(fifty, "newer assessments in the store than in the snapshot");

        // 5. after a re-assessment (the snapshot rebuilt): every stored assessment by the rule set in service
        assertThat(finished(reassessments.start("test")).status()).isEqualTo(ReassessmentJob.Status.DONE);
        sameAsStraightforward(fifty, "after a re-assessment");
        sameAsStraightforward(sixty, "after a re-assessment, a draft equal to the rules in service");
    }

    private void sameAsStraightforward(Map<String, byte[]> draftFiles, String state) {
        Impact fast = impact.preview(draftFiles, true);
        Impact expected = straightforward(draftFiles);
        // the same figures; only how many the draft had to assess differs
        assertThat(fast).as(state).usingRecursiveComparison().ignoringFields("onlyFrameworks", "assessedByDraft")
                .isEqualTo(expected);
        assertThat(fast.reviews()).as(state).isPositive();
        assertThat(fast.failed()).as(state).isZero();
        if (fast.draft().equals(fast.inService())) {
            assertThat(fast.onlyFrameworks()).as(state).isEmpty();
            assertThat(fast.assessedByDraft()).as(state).isZero();
        } else {
            // the drafts here differ from the rules in service only in Leicester's threshold row
            assertThat(fast.onlyFrameworks()).as(state).containsExactly("leicester");
            assertThat(fast.assessedByDraft()).as(state).isPositive().isLessThan(fast.reviews())
                    .isEqualTo(peopleOf("leicester"));
        }
    }

    private int peopleOf(String framework) {
        return (int) history.current().stream().map(CurrentReview::review).filter(r -> r.framework().equals(framework))
                .map(Review::employeeId).distinct().count();
    }

    /** Every current review read whole; each person's latest assessed by both rule sets, nothing reused. */
    private Impact straightforward(Map<String, byte[]> draftFiles) {
        RuleSet inService = ruleSets.current().orElseThrow();
        RuleSetCompiler.Result built = ruleSets.build(draftFiles);
        assertThat(built.problems()).isEmpty();
        RuleSet draft = built.ruleSet();
        try {
            List<CurrentReview> current = history.current();
            List<CurrentReview> previous = PreviousReviews.amongCurrent(current);
            Map<String, Integer> latest = new LinkedHashMap<>();
            for (int i = 0; i < current.size(); i++) {
                Integer best = latest.get(current.get(i).review().employeeId());
                if (best == null || Period.TEXT_ORDER.compare(current.get(i).review().period(),
                        current.get(best).review().period()) > 0) {
                    latest.put(current.get(i).review().employeeId(), i);
                }
            }
            ImpactTally tally = new ImpactTally(true);
            for (int i : latest.values()) {
                Review review = current.get(i).review();
                Optional<Review> before = Optional.ofNullable(previous.get(i)).map(CurrentReview::review);
                String department = review.department() != null ? review.department()
                        : organisation.find(review.employeeId()).map(Employee::department).orElse(null);
                tally.add(new ImpactTally.Outcome(review.employeeId(), review.framework(), department,
                        ImpactTally.brief(assessor.assess(review, before, inService)),
                        ImpactTally.brief(assessor.assess(review, before, draft)), true));
            }
            return tally.impact(inService.version(), draft.version(), null);
        } finally {
            ruleSets.release(draft);
        }
    }

    /** A person with only a 2026 review, which shows a negative behaviour (a concern, serious when seen again). */
    private Review laterWithANegativeBehaviourAndNoEarlierReview(ImpactFixture fixture) {
        for (ImpactFixture.Person person : fixture.people) {
            if (history.of(person.id()).size() != 1) {
                continue;
            }
            Assessment assessment = history.latest(person.id()).orElseThrow().assessment();
            if (assessment.redFlags().stream().anyMatch(f -> "concern".equals(f.severity()))) {
                return history.latest(person.id()).orElseThrow().review();
            }
        }
        throw new AssertionError("the fixture has nobody with one review and a concern");
    }

    private ReassessmentJob finished(ReassessmentJob started) {
        return ReassessmentJobs.finished(reassessments, started);
    }
}
