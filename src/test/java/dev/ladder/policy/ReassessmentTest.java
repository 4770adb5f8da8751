package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.assessment.RuleSets;
import dev.ladder.assessment.reference.ReferencePolicy;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Organisation;
import dev.ladder.report.ReportFilter;
import dev.ladder.report.ReportIndex;
import dev.ladder.report.Reports;
import dev.ladder.review.Review;

/**
 * Re-assessment over a real TDB2 store: after Leicester's threshold goes from 50 % to 60 % in the
 * rules folder in service, a job stores a new assessment beside each old one (the review itself
 * untouched), the newest is what the person's history and the reports use, and a second job stores
 * nothing more. The job reads the reviews five at a time and stores them seven at a time, so groups and
 * batches cut across each other, and people with two reviews are read together with their previous one.
 */
@SpringBootTest(properties = {"spring.main.web-application-type=none", "ladder.watch-rules=false",
        "ladder.reassessment-batch=7", "ladder.reassessment-read=5"})
class ReassessmentTest {

    static final Path RULES = ReassessmentJobs.copyOfRules("ladder-reassessment-rules");

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("ladder.rules-dir", RULES::toString);
    }

    @Autowired
    Reassessments reassessments;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Organisation organisation;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewHistory history;
    @Autowired
    Reports reports;
    @Autowired
    ReportIndex index;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    dev.ladder.assessment.Assessor assessor;
    @Autowired
    dev.ladder.store.RdfStore store;

    @Test
    void afterARuleChangeTheNewestAssessmentIsTheNewRuleSetsAndTheOldOneStays() throws IOException {
        ImpactFixture fixture = new ImpactFixture(frameworks, 3);
        organisation.importCsv(fixture.registerCsv());
        List<StoredReview> stored = reviews.submitAll(fixture.reviews, "test");
        String before = ruleSets.current().orElseThrow().version();
        ReferencePolicy fifty = ImpactFixture.reference(RULES);

        Path table = RULES.resolve("readiness-threshold.drl.csv");
        Files.write(table, ImpactFixture.leicesterAt(Files.readAllBytes(table), 60));
        assertThat(ruleSets.reload().problems()).isEmpty();
        String after = ruleSets.current().orElseThrow().version();
        assertThat(after).isNotEqualTo(before);
        ReferencePolicy sixty = ImpactFixture.reference(RULES);

        // expectation from the stored reviews: every current review (all periods), its status before and after
        int changed = 0;
        Map<String, Review> byId = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            byId.put(stored.get(i).id(), fixture.reviews.get(i));
            Review review = fixture.reviews.get(i);
            changed += ImpactFixture.status(fixture.of(fifty, review)).equals(ImpactFixture.status(fixture.of(sixty, review)))
                    ? 0 : 1;
        }
        String mover = fixture.halfway.stream().filter(id -> fixture.movesAtSixty(fixture.person(id))).findFirst()
                .orElseThrow();
        assertThat(index.latest(mover).orElseThrow().readiness()).isEqualTo("READY");
        int readyBefore = reports.readiness(new ReportFilter("leicester", null, null, null)).stream()
                .mapToInt(Reports.ReadinessCount::ready).sum();

        ReassessmentJob job = finished(reassessments.start("analyst"));

        assertThat(job.status()).isEqualTo(ReassessmentJob.Status.DONE);
        assertThat(job.ruleSetVersion()).isEqualTo(after);
        assertThat(job.requestedBy()).isEqualTo("analyst");
        assertThat(job.total()).isEqualTo(stored.size());
        assertThat(job.done()).isEqualTo(stored.size());
        assertThat(job.failed()).isZero();
        assertThat(job.changed()).isEqualTo(changed).isPositive();
        assertThat(job.finished()).isNotNull();

        for (StoredReview original : stored) {
            StoredReview now = history.find(original.id()).orElseThrow();
            assertThat(now.review()).isEqualTo(original.review());
            assertThat(now.submittedAt()).isEqualTo(original.submittedAt());
            assertThat(now.supersededBy()).isNull();
            assertThat(now.assessment().ruleSetVersion()).isEqualTo(after);
            assertThat(now.earlierAssessments()).hasSize(1);
            assertThat(now.earlierAssessments().get(0)).isEqualTo(original.assessment());
            assertThat(now.earlierAssessments().get(0).ruleSetVersion()).isEqualTo(before);
            assertThat(now.assessment().readiness().status())
                    .isEqualTo(ImpactFixture.status(fixture.of(sixty, byId.get(original.id()))));
        }
        List<StoredReview> ofMover = history.of(mover);
        assertThat(ofMover).hasSize(1);
        assertThat(history.latest(mover).orElseThrow().assessment().readiness().status()).isEqualTo("DEVELOPING");
        assertThat(ofMover.get(0).earlierAssessments().get(0).readiness().status()).isEqualTo("READY");

        // reports use the newest assessment
        assertThat(index.latest(mover).orElseThrow().readiness()).isEqualTo("DEVELOPING");
        long readyAt60 = fixture.people.stream().filter(p -> p.framework().equals("leicester"))
                .filter(p -> ImpactFixture.ready(fixture.latest(sixty, p.id()))).count();
        int readyAfter = reports.readiness(new ReportFilter("leicester", null, null, null)).stream()
                .mapToInt(Reports.ReadinessCount::ready).sum();
        assertThat(readyAfter).isEqualTo((int) readyAt60).isLessThan(readyBefore);

        // started again (as after a shutdown): everything is already assessed by this rule set
        ReassessmentJob again = finished(reassessments.start("analyst"));
        assertThat(again.id()).isNotEqualTo(job.id());
        assertThat(again.done()).isEqualTo(stored.size());
        assertThat(again.changed()).isZero();
        assertThat(history.find(stored.get(0).id()).orElseThrow().earlierAssessments()).hasSize(1);
        assertThat(reassessments.find(job.id())).contains(job);
        assertThat(reassessments.find("no-such-job")).isEmpty();
    }

    @Test
    void aPublishedPolicyVersionStartsAReassessment() {
        Optional<ReassessmentJob> before = reassessments.latest();

        events.publishEvent(new PolicyPublished(new PolicyVersion("abc1234", "the-analyst", Instant.now(),
                "a reason"), ruleSets.current().orElseThrow().version()));

        ReassessmentJob started = reassessments.latest().orElseThrow();
        assertThat(before.map(ReassessmentJob::id).orElse(null)).isNotEqualTo(started.id());
        assertThat(started.requestedBy()).isEqualTo("the-analyst");
        assertThat(finished(started).status()).isEqualTo(ReassessmentJob.Status.DONE);
    }

    @Test
    void jobsAreRecordedInTheStoreSoTheyOutliveARestartAndOneCutShortShowsAsStopped() {
        ReassessmentJob done = finished(reassessments.start("the-analyst"));
        assertThat(done.status()).isEqualTo(ReassessmentJob.Status.DONE);
        // what a restarted service reads: a new Reassessments over the same store, with no job of its own
        Reassessments restarted = new Reassessments(ruleSets, assessor, history, java.util.List.of(), 7, 5, store);
        try {
            assertThat(restarted.find(done.id())).contains(done);
            assertThat(restarted.latest()).contains(done);

            Instant started = Instant.parse("2026-12-01T09:00:00Z");
            Instant lastWritten = Instant.parse("2026-12-01T09:00:30Z");
            new ReassessmentGraph(store).save(new ReassessmentJob("cut-short", "the-analyst", "abc123def456",
                    ReassessmentJob.Status.RUNNING, 40, 14, 2, 1, started, null), lastWritten);

            assertThat(restarted.find("cut-short")).contains(new ReassessmentJob("cut-short", "the-analyst",
                    "abc123def456", ReassessmentJob.Status.STOPPED, 40, 14, 2, 1, started, lastWritten));
            assertThat(restarted.find("no-such-job")).isEmpty();
        } finally {
            restarted.destroy();
        }
    }

    private ReassessmentJob finished(ReassessmentJob started) {
        return ReassessmentJobs.finished(reassessments, started);
    }
}
