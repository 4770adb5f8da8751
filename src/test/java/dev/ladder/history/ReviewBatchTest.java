package dev.ladder.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;

/**
 * Many reviews at once, on a real TDB2 store: {@link ReviewHistory#storeAll} (one update, supersedes
 * as {@code store} does) and {@link ReviewService#submitAll} (the previous review from the store or
 * from the batch; all or nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ladder.watch-rules=false")
class ReviewBatchTest {

    @Autowired
    ReviewHistory history;
    @Autowired
    ReviewService service;
    @Autowired
    Assessor assessor;
    @Autowired
    Organisation organisation;

    @Test
    void storeAllSupersedesTheStoredReviewAndEarlierOnesOfTheBatch() {
        String x = person();
        String y = person();
        StoredReview old = storedAlone(x, "2026");

        List<StoredReview> stored = history.storeAll(List.of(assessed(x, "2026"), assessed(y, "2026"),
                assessed(x, "2026"), assessed(x, "2025")), "batch");

        assertThat(stored).hasSize(4).allSatisfy(s -> assertThat(s.submittedBy()).isEqualTo("batch"));
        assertThat(stored.get(0).supersededBy()).isEqualTo(stored.get(2).id());
        assertThat(stored).extracting(StoredReview::current).containsExactly(false, true, true, true);
        List<StoredReview> ofX = history.of(x);
        assertThat(ofX).extracting(StoredReview::id)
                .containsExactly(old.id(), stored.get(0).id(), stored.get(2).id(), stored.get(3).id());
        assertThat(ofX).extracting(StoredReview::supersededBy)
                .containsExactly(stored.get(0).id(), stored.get(2).id(), null, null);
        assertThat(history.of(y)).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
        assertThat(history.latest(x).orElseThrow().id()).isEqualTo(stored.get(2).id());
        assertThat(history.previous(x, "2026").orElseThrow().period()).isEqualTo("2025");
        assertThat(history.storeAll(List.of(), "batch")).isEmpty();
    }

    @Test
    void reviewsAreStoredAtWholeMillisecondsEachPersonsInOrder() {
        String x = person();
        String y = person();
        StoredReview alone = storedAlone(x, "2024");
        List<StoredReview> stored = history.storeAll(List.of(assessed(x, "2026"), assessed(y, "2026"),
                assessed(x, "2025"), assessed(y, "2025")), "batch");
        StoredReview after = storedAlone(y, "2027");

        // TDB2 keeps such a time in its indexes instead of its node file (ReviewHistory.now)
        List<StoredReview> all = new ArrayList<>(List.of(alone));
        all.addAll(stored);
        all.add(after);
        assertThat(all).allSatisfy(s -> assertThat(s.submittedAt().getNano() % 1_000_000).isZero());
        assertThat(stored.get(0).submittedAt()).isAfter(alone.submittedAt());
        assertThat(stored.get(2).submittedAt()).isAfter(stored.get(0).submittedAt());
        assertThat(stored.get(3).submittedAt()).isAfter(stored.get(1).submittedAt());
        assertThat(after.submittedAt()).isAfter(stored.get(3).submittedAt()).isAfter(stored.get(2).submittedAt());
        // and they read back as stored, in that order
        assertThat(history.of(x)).extracting(StoredReview::id, StoredReview::submittedAt).containsExactly(
                tuple(alone.id(), alone.submittedAt()),
                tuple(stored.get(0).id(), stored.get(0).submittedAt()),
                tuple(stored.get(2).id(), stored.get(2).submittedAt()));
    }

    @Test
    void submitAllTakesThePreviousReviewFromTheStore() {
        String x = person();
        service.submit(review(x, "2025", "customer-focus-n01"), "test");

        List<StoredReview> stored = service.submitAll(List.of(review(x, "2026", "customer-focus-n01")), "batch");

        assertThat(stored.get(0).assessment().redFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.severity()).isEqualTo("serious");
            assertThat(flag.because()).contains("it was also observed in the previous review (2025)");
        });
    }

    @Test
    void submitAllTakesThePreviousReviewFromTheBatchInAnyOrder() {
        String x = person();
        service.submit(review(x, "2024", "team-player-n01"), "test");

        List<StoredReview> stored = service.submitAll(List.of(review(x, "2026", "customer-focus-n01"),
                review(x, "2025", "customer-focus-n01")), "batch");

        // 2026 follows 2025 of the batch; 2025 follows 2024 of the store (another behaviour: a concern)
        assertThat(stored.get(0).assessment().redFlags()).singleElement()
                .satisfies(flag -> assertThat(flag.because()).contains("previous review (2025)"));
        assertThat(stored.get(1).assessment().redFlags()).singleElement()
                .satisfies(flag -> assertThat(flag.severity()).isEqualTo("concern"));
        assertThat(history.of(x)).hasSize(3);
    }

    @Test
    void submitAllStoresNothingWhenAnyReviewIsRejected() {
        String x = person();
        List<Review> batch = List.of(review(x, "2026"), review("NOBODY-" + UUID.randomUUID(), "2026"),
                new Review(x, "milton-keynes", 1, "2025", null, null,
                        List.of(new Review.CompetencyRating("customer-focus", 8, null)), List.of()));

        assertThatThrownBy(() -> service.submitAll(batch, "batch")).isInstanceOfSatisfying(InvalidReview.class,
                e -> assertThat(e.problems()).extracting(ReviewProblem::path).containsExactly("$[1].employeeId"));
        assertThatThrownBy(() -> service.submitAll(List.of(batch.get(0), batch.get(2)), "batch"))
                .isInstanceOfSatisfying(InvalidReview.class, e -> assertThat(e.problems())
                        .extracting(ReviewProblem::path).containsExactly("$[1].ratings[0].rating"));
        assertThat(history.of(x)).isEmpty();
    }

    @Test
    void previousReviewsWithinABatchFollowPeriodsNotRowOrder() {
        Review a2026 = review("A", "2026");
        Review a2024 = review("A", "2024");
        Review b2025 = review("B", "2025");
        Review a2025 = review("A", "2025");
        Review a2025again = review("A", "2025", "customer-focus-n01");

        assertThat(PreviousReviews.within(List.of(a2026, a2024, b2025, a2025, a2025again)))
                .containsExactly(java.util.Optional.of(a2025again), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.of(a2024), java.util.Optional.of(a2024));
    }

    @Test
    void aReviewAtAnotherLevelThanTheRegistersIsRefusedAndNothingIsStored() {
        String x = person();
        Review atLevelTwo = new Review(x, "milton-keynes", 2, "2026", null, null,
                List.of(new Review.CompetencyRating("customer-focus", 3, null)), List.of());

        assertThatThrownBy(() -> service.submit(atLevelTwo, "test")).isInstanceOfSatisfying(InvalidReview.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.level");
                    assertThat(p.message()).contains("is at level 1 in the organisation register, not 2");
                }));
        assertThatThrownBy(() -> service.submitAll(List.of(review(x, "2025"), atLevelTwo), "batch"))
                .isInstanceOfSatisfying(InvalidReview.class, e -> assertThat(e.problems())
                        .extracting(ReviewProblem::path).containsExactly("$[1].level"));
        assertThat(history.of(x)).isEmpty();
    }

    @Test
    void textThatCouldNotBeStoredIsRefusedHereAsWellAsWhereReviewsComeIn() {
        // The assessor no longer checks text (ReviewValidator.frameworkOf): submitting is where it must be caught.
        String x = person();
        Review bell = new Review(x, "milton-keynes", 1, "2026", "Fin\u0007ance", null,
                List.of(new Review.CompetencyRating("customer-focus", 3, null)), List.of());

        assertThat(assessor.assess(bell).readiness()).isNotNull();
        assertThatThrownBy(() -> service.submit(bell, "test")).isInstanceOfSatisfying(InvalidReview.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.department");
                    assertThat(p.message()).contains("control character");
                }));
        assertThatThrownBy(() -> service.submitAll(List.of(review(x, "2025"), bell), "batch"))
                .isInstanceOfSatisfying(InvalidReview.class, e -> assertThat(e.problems())
                        .extracting(ReviewProblem::path).containsExactly("$[1].department"));
        assertThat(history.of(x)).isEmpty();
    }

    @Test
    void latestAndPreviousFollowPeriodsInTimeOrder() {
        String x = person();
        service.submit(review(x, "2026"), "test");
        service.submit(review(x, "2026-H1"), "test");
        service.submit(review(x, "2025-Q4"), "test");

        // As text, "2026-H1" sorts after "2026"; in time, the half year ends first.
        assertThat(history.latest(x).orElseThrow().review().period()).isEqualTo("2026");
        assertThat(history.previous(x, "2026").orElseThrow().period()).isEqualTo("2026-H1");
        assertThat(history.previous(x, "2026-H1").orElseThrow().period()).isEqualTo("2025-Q4");
        assertThat(history.previous(x, "2025-11")).isEmpty();
    }

    @Test
    void previousReviewsWithinABatchFollowPeriodsInTimeOrder() {
        Review year = review("A", "2026");
        Review half = review("A", "2026-H1");
        Review month = review("A", "2026-02");

        assertThat(PreviousReviews.within(List.of(year, half, month))).containsExactly(java.util.Optional.of(half),
                java.util.Optional.of(month), java.util.Optional.empty());
        assertThat(PreviousReviews.later(java.util.Optional.of(half), java.util.Optional.of(month))).contains(half);
    }

    /** A new person on Milton Keynes level 1, in the register. */
    private String person() {
        String id = "BT-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.importCsv("employee_id,name,department,manager_id,framework,level\n"
                + id + ",Batch Test,Finance,,milton-keynes,1\n");
        return id;
    }

    /** One review stored on its own ({@link ReviewHistory#store}), by "test". */
    private StoredReview storedAlone(String employeeId, String period) {
        AssessedReview one = assessed(employeeId, period);
        return history.store(one.review(), one.assessment(), "test");
    }

    private AssessedReview assessed(String employeeId, String period) {
        Review review = review(employeeId, period);
        Assessment assessment = assessor.assess(review);
        return new AssessedReview(review, assessment);
    }

    private static Review review(String employeeId, String period, String... observed) {
        return new Review(employeeId, "milton-keynes", 1, period, "Finance", null,
                List.of(new Review.CompetencyRating("customer-focus", 3, null)),
                java.util.Arrays.stream(observed).map(i -> new Review.ObservedBehaviour(i, null)).toList());
    }
}
