package dev.ladder.history.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.assessment.Assessment;
import dev.ladder.catalogue.LearningMode;
import dev.ladder.catalogue.Recommendation;
import dev.ladder.history.StoredReview;
import dev.ladder.review.Review;
import dev.ladder.store.HostileStrings;
import dev.ladder.store.StoresUnderTest;

/**
 * The reviews graph's repository fed hostile strings, on TDB2 and on Fuseki over HTTP: every value
 * round-trips exactly, and no value reaches a review it does not name.
 */
class ReviewRepositoryTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";

    @ParameterizedTest
    @MethodSource(STORES)
    void everyHostileValueRoundTripsExactly(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview bystander = stored("E1", "2026");
        reviews.insert(List.of(bystander));
        Set<Quad> before = store.quads();
        StoredReview alone = everywhere(HostileStrings.ALL.get(HostileStrings.ALL.size() - 1));
        reviews.insert(List.of(alone));

        List<StoredReview> batch = HostileStrings.ALL.stream().map(ReviewRepositoryTest::everywhere).toList();
        reviews.insert(batch);

        for (StoredReview stored : batch) {
            String value = stored.review().employeeId();
            List<StoredReview> expected = stored == batch.get(batch.size() - 1) ? List.of(alone, stored) : List.of(stored);
            assertThat(reviews.ofPerson(value)).as("reviews of %s", shown(value))
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("supersededBy")
                    .containsExactlyElementsOf(expected);
            assertThat(reviews.byId(stored.id())).contains(stored);
        }
        assertThat(reviews.ofPerson("E1")).containsExactly(bystander);
        assertThat(store.quads()).containsAll(before);
        List<Review> current = new ArrayList<>();
        reviews.eachCurrent((review, assessment) -> current.add(review));
        assertThat(current).hasSize(HostileStrings.ALL.size() + 1);
        // read a framework at a time (each hostile value is a framework here), and only the asked-for framework's JSON
        String read = HostileStrings.ALL.get(0);
        List<dev.ladder.history.CurrentReviewBrief> briefly = reviews.currentBriefly(read::equals);
        List<StoredReview> expected = new ArrayList<>(batch);
        expected.add(bystander);
        assertThat(briefly).extracting(b -> b.id(), b -> b.framework(), b -> b.employeeId(), b -> b.period())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> tuple(r.id(), r.review().framework(),
                        r.review().employeeId(), r.review().period())).toList());
        assertThat(briefly).filteredOn(b -> b.read()).singleElement()
                .satisfies(b -> assertThat(b.review()).isEqualTo(batch.get(0).review()));
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void everyCurrentReviewIsHandedOnceWithItsOwnAssessmentAcrossTheChunksParsedTogether(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        // 2,345: two whole chunks of 1,000 rows parsed together and a part one; each rating tells the reviews apart
        List<StoredReview> all = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            all.add(stored("E" + i, "2026", 1 + i % 4));
        }
        reviews.insert(all);

        List<String> handed = new ArrayList<>();
        String thread = Thread.currentThread().getName();
        reviews.eachCurrent((review, assessment) -> {
            assertThat(assessment.employeeId()).isEqualTo(review.employeeId());
            assertThat(Thread.currentThread().getName()).isEqualTo(thread);
            handed.add(review.employeeId() + "/" + review.ratings().get(0).rating());
        });

        assertThat(handed).containsExactlyInAnyOrderElementsOf(
                all.stream().map(r -> r.review().employeeId() + "/" + r.review().ratings().get(0).rating()).toList());
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void aHostileValueSupersedesOnlyTheReviewOfThatPersonAndPeriod(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview bystander = stored("E1", "2026");
        StoredReview otherPeriod = stored("x\" || true || \"", "2025");
        reviews.insert(List.of(bystander, otherPeriod));
        List<StoredReview> first = HostileStrings.ALL.stream().map(value -> stored(value, "2026")).toList();
        reviews.insert(first);
        Set<Quad> before = store.quads();

        // one VALUES block holding every hostile value: each supersedes only its own person's review
        List<StoredReview> second = HostileStrings.ALL.stream().map(value -> stored(value, "2026")).toList();
        reviews.insert(second);

        for (int i = 0; i < second.size(); i++) {
            String value = second.get(i).review().employeeId();
            assertThat(reviews.ofPerson(value)).filteredOn(r -> r.review().period().equals("2026"))
                    .extracting(StoredReview::id, StoredReview::supersededBy).as("reviews of %s", shown(value))
                    .containsExactly(tuple(first.get(i).id(), second.get(i).id()), tuple(second.get(i).id(), null));
        }
        assertThat(reviews.ofPerson("E1")).containsExactly(bystander);
        assertThat(reviews.byId(otherPeriod.id())).contains(otherPeriod);
        assertThat(store.quads()).containsAll(before);
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void thePreviousAndTheLatestReviewOfAHostileIdAreItsOwnCurrentReviews(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview bystander = stored("E1", "2025-Q4");
        reviews.insert(List.of(bystander));
        for (String value : HostileStrings.ALL) {
            StoredReview older = stored(value, "2024");
            StoredReview replaced = stored(value, "2025-H1", 2);
            reviews.insert(List.of(older, replaced));
            StoredReview current = stored(value, "2025-H1");
            StoredReview latest = stored(value, "2027", 4);
            reviews.insert(List.of(current, latest, stored(value, "2026")));
            assertThat(reviews.latest(value)).as("latest of %s", shown(value)).hasValueSatisfying(
                    found -> assertThat(List.of(found.id(), found.review())).containsExactly(latest.id(), latest.review()));
            // its latest review before 2026 is the one that superseded the other of 2025-H1
            assertThat(current.review()).isNotEqualTo(replaced.review());
            assertThat(reviews.previous(value, "2026")).as("previous of %s", shown(value)).contains(current.review());
            assertThat(reviews.previous(value, "2025-H1")).as("previous of %s", shown(value)).contains(older.review());
            assertThat(reviews.previous(value, "2024")).as("previous of %s", shown(value)).isEmpty();
        }
        assertThat(reviews.previous("E1", "2026")).contains(bystander.review());
        assertThat(reviews.previous("E1", "2025-Q4")).isEmpty();
        assertThat(reviews.previous("E1\" || true || \"", "2026")).isEmpty();
        assertThat(reviews.latest("E1")).contains(bystander);
        assertThat(reviews.latest("E1\" || true || \"")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void erasingAHostileIdErasesOnlyThatId(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview e1 = stored("E1", "2026");
        reviews.insert(List.of(e1));
        reviews.insert(HostileStrings.ALL.stream().map(value -> stored(value, "2026")).toList());
        int people = HostileStrings.ALL.size() + 1;

        for (String value : List.of("E1\" || ?r = ?r || \"", "?employee", "$employee", "E1\n", "\"} } ; DROP ALL ; #")) {
            reviews.erase(value);

            assertThat(reviews.ofPerson(value)).isEmpty();
            assertThat(reviews.ofPerson("E1")).as("E1 after erasing %s", shown(value)).containsExactly(e1);
            people -= HostileStrings.ALL.contains(value) ? 1 : 0;
            assertThat(currentReviews(reviews)).as("current reviews after erasing %s", shown(value)).isEqualTo(people);
        }
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void anIdThatIsNotAStoredReviewsFindsNothing(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview e1 = stored("E1", "2026");
        reviews.insert(List.of(e1));

        for (String id : HostileStrings.ALL) {
            assertThat(reviews.byId(id)).as("review %s", shown(id)).isEmpty();
        }
        assertThat(reviews.byId(UUID.randomUUID().toString())).isEmpty();
        assertThat(reviews.byId(e1.id() + "> <urn:x")).isEmpty();
        assertThat(reviews.byId(e1.id() + "\n")).isEmpty();
        assertThat(reviews.byId(e1.id())).contains(e1);
    }

    /** An assessment as stored before gaps carried their behaviours' texts and recommendations their mode. */
    static final String ASSESSMENT_BEFORE_ISSUE_9 = """
            {"employeeId":"E1","framework":"milton-keynes","level":2,"period":"2026","ruleSetVersion":"v1",
             "redFlags":[],"notAssessed":[],
             "learningNeeds":[{"competency":"team-player","priority":"medium","reasons":["Rule \\"r\\": why"],
               "recommendations":[{"id":"res-1","title":"Coaching","type":"coaching","effort":"1 day","because":"b"}]}],
             "readiness":{"targetLevel":3,"status":"DEVELOPING","because":"d",
               "gaps":[{"competency":"excellent-leadership","missingIndicators":["i-1","i-2"],"shown":2,"required":6,
                        "because":"c"}]}}""";

    @ParameterizedTest
    @MethodSource(STORES)
    void anAssessmentStoredBeforeGapTextsAndModesStillReads(Store store) {
        ReviewRepository reviews = new ReviewRepository(store.store());
        StoredReview stored = stored("E1", "2026");
        reviews.insert(List.of(stored));
        ParameterizedSparqlString old = new ParameterizedSparqlString("""
                PREFIX rec: <https://w3id.org/ladder/record#>
                DELETE { GRAPH <urn:ladder:reviews> { ?r rec:assessmentJson ?json } }
                INSERT { GRAPH <urn:ladder:reviews> { ?r rec:assessmentJson ?old } }
                WHERE { GRAPH <urn:ladder:reviews> { ?r rec:assessmentJson ?json } }""");
        old.setLiteral("old", ASSESSMENT_BEFORE_ISSUE_9);
        store.store().update(old.asUpdate());

        Assessment read = reviews.byId(stored.id()).orElseThrow().assessment();
        Assessment.Gap gap = read.readiness().gaps().get(0);
        assertThat(gap.missingIndicators()).containsExactly("i-1", "i-2");
        assertThat(gap.missingBehaviours()).as("missingBehaviours of an old assessment").isEmpty();
        assertThat(gap.needed()).as("needed of an old assessment").isNull();
        assertThat(gap.shown()).isEqualTo(2);
        Recommendation recommendation = read.learningNeeds().get(0).recommendations().get(0);
        assertThat(recommendation.title()).isEqualTo("Coaching");
        assertThat(recommendation.mode()).as("mode of an old recommendation").isNull();
        List<Assessment> current = new ArrayList<>();
        reviews.eachCurrent((review, assessment) -> current.add(assessment));
        assertThat(current).containsExactly(read);
    }

    /** A current stored review of that person and period. */
    static StoredReview stored(String employeeId, String period) {
        return stored(employeeId, period, 3);
    }

    /** As {@link #stored(String, String)}, with this rating of its one competency. */
    static StoredReview stored(String employeeId, String period, int rating) {
        Review review = new Review(employeeId, "milton-keynes", 2, period, null, null,
                List.of(new Review.CompetencyRating("customer-focus", rating, null)), List.of());
        Assessment assessment = new Assessment(employeeId, "milton-keynes", 2, period, "v1", List.of(), List.of(),
                List.of(), new Assessment.Readiness(3, "NOT_READY", List.of(), "because"));
        return new StoredReview(UUID.randomUUID().toString(), Instant.now(), "admin", review, assessment, null);
    }

    /** A current stored review with {@code text} in every text field it has, and in its assessment. */
    static StoredReview everywhere(String text) {
        String employeeId = text;
        String period = text;
        Review review = new Review(employeeId, text, 2, period, text, text,
                List.of(new Review.CompetencyRating(text, 3, text)), List.of(new Review.ObservedBehaviour(text, text)));
        Assessment assessment = new Assessment(employeeId, text, 2, period, text,
                List.of(new Assessment.RedFlag(text, text, text, "serious", text)),
                List.of(new Assessment.LearningNeed(text, "high", List.of(text),
                        List.of(new Recommendation(text, text, text, text, LearningMode.SOCIAL, text)))), List.of(text),
                new Assessment.Readiness(3, text, List.of(new Assessment.Gap(text, List.of(text),
                        List.of(new Assessment.Behaviour(text, text)), 1, 1, 2, text)), text));
        return new StoredReview(UUID.randomUUID().toString(), Instant.now(), text, review, assessment, null);
    }

    private static int currentReviews(ReviewRepository reviews) {
        int[] count = {0};
        reviews.eachCurrent((review, assessment) -> count[0]++);
        return count[0];
    }

    /** A value as a test name shows it: escaped, and cut short. */
    static String shown(String value) {
        String escaped = value.codePoints().mapToObj(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029
                ? String.format("\\u%04x", c) : Character.toString(c)).collect(Collectors.joining());
        return "'" + (escaped.length() > 60 ? escaped.substring(0, 60) + "…" : escaped) + "'";
    }
}
