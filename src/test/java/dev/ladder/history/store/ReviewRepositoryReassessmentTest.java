package dev.ladder.history.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.Reassessed;
import dev.ladder.history.StoredReview;
import dev.ladder.store.HostileStrings;
import dev.ladder.store.StoresUnderTest;

/**
 * New assessments stored beside a review's first one, on TDB2 and on Fuseki over HTTP: every read
 * gives the newest, the earlier ones stay (and are listed), the review is not touched, a hostile value
 * reaches only its own review, and erasing a person erases their re-assessments too.
 */
class ReviewRepositoryReassessmentTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";

    @ParameterizedTest
    @MethodSource(STORES)
    void theNewestAssessmentIsReadEverywhereAndTheEarlierOnesStay(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview bystander = ReviewRepositoryTest.stored("E1", "2026");
        List<StoredReview> hostile = HostileStrings.ALL.stream().map(ReviewRepositoryTest::everywhere).toList();
        reviews.insert(List.of(bystander));
        reviews.insert(hostile);
        Set<Quad> bystanderBefore = quadsOf(store, "E1");

        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        reviews.addAssessments(hostile.stream().map(r -> new Reassessed(r.id(), r.review().employeeId(),
                withVersion(r.assessment(), "v2"))).toList(), first);
        Instant second = first.plusSeconds(60);
        reviews.addAssessments(hostile.stream().map(r -> new Reassessed(r.id(), r.review().employeeId(),
                withVersion(r.assessment(), "v3"))).toList(), second);

        for (StoredReview original : hostile) {
            String who = ReviewRepositoryTest.shown(original.review().employeeId());
            StoredReview read = reviews.byId(original.id()).orElseThrow();
            assertThat(read.review()).as(who).isEqualTo(original.review());
            assertThat(read.assessment()).as(who).isEqualTo(withVersion(original.assessment(), "v3"));
            assertThat(read.earlierAssessments()).as(who).containsExactly(original.assessment(),
                    withVersion(original.assessment(), "v2"));
            assertThat(reviews.ofPerson(original.review().employeeId()))
                    .filteredOn(r -> r.id().equals(original.id())).singleElement().isEqualTo(read);
            assertThat(reviews.latest(original.review().employeeId())).as("latest of %s", who).contains(read);
        }
        assertThat(reviews.byId(bystander.id())).contains(bystander);
        assertThat(reviews.latest("E1")).contains(bystander);
        assertThat(quadsOf(store, "E1")).isEqualTo(bystanderBefore);

        List<CurrentReview> current = reviews.current();
        assertThat(current).hasSize(hostile.size() + 1);
        for (CurrentReview review : current) {
            boolean isBystander = review.id().equals(bystander.id());
            assertThat(review.assessment().ruleSetVersion()).isEqualTo(isBystander ? "v1" : "v3");
            assertThat(review.assessedAt()).isEqualTo(isBystander ? review.submittedAt() : second);
        }
        List<String> versions = new ArrayList<>();
        reviews.eachCurrent((review, assessment) -> versions.add(assessment.ruleSetVersion()));
        assertThat(versions).containsOnly("v1", "v3").filteredOn("v1"::equals).hasSize(1);

        StoredReview erased = hostile.get(0);
        long assessmentsBefore = assessmentNodes(store);
        reviews.erase(erased.review().employeeId());
        assertThat(reviews.byId(erased.id())).isEmpty();
        long ofOthers = hostile.stream().skip(1).filter(r -> r.review().employeeId().equals(erased.review().employeeId()))
                .count();
        assertThat(assessmentNodes(store)).isEqualTo(assessmentsBefore - 2 * (1 + ofOthers));
    }

    /** How many re-assessments the store holds. */
    private static long assessmentNodes(Store store) {
        return store.quads().stream().filter(q -> q.getPredicate().getURI().equals(ReviewRepository.REC + "assessmentOf"))
                .count();
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void aReviewErasedBeforeItsNewAssessmentIsStoredGetsNone(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview gone = ReviewRepositoryTest.stored("E2", "2026");
        reviews.insert(List.of(gone));
        reviews.erase("E2");
        Set<Quad> before = store.quads();

        reviews.addAssessments(List.of(new Reassessed(gone.id(), "E2", withVersion(gone.assessment(), "v2"))),
                Instant.now());

        assertThat(store.quads()).isEqualTo(before);
    }

    private static Set<Quad> quadsOf(Store store, String employeeId) {
        Set<Quad> quads = new java.util.HashSet<>();
        String subject = null;
        for (Quad quad : store.quads()) {
            if (quad.getObject().isLiteral() && quad.getObject().getLiteralLexicalForm().equals(employeeId)) {
                subject = quad.getSubject().getURI();
            }
        }
        for (Quad quad : store.quads()) {
            if (quad.getSubject().isURI() && quad.getSubject().getURI().equals(subject)) {
                quads.add(quad);
            }
        }
        return quads;
    }

    private static Assessment withVersion(Assessment a, String version) {
        return new Assessment(a.employeeId(), a.framework(), a.level(), a.period(), version, a.redFlags(),
                a.learningNeeds(), a.notAssessed(), a.readiness());
    }
}
