package dev.ladder.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.fact.Priority;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.fact.Severity;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.review.Review;

/**
 * The Drools rules in {@code rules/} against the plain-Java {@link ReferencePolicy}, on thousands of
 * random valid reviews (fixed seed) over every level of every framework, plus one deliberate review
 * per conduct-concern behaviour. Both must agree on red flags and their severity, learning needs and
 * their priority, competencies not assessed, the readiness status and the gaps (when DEVELOPING or
 * NOT_READY) with how many more behaviours to show and the missing behaviours (as sets; their order is {@link #missingIndicatorsAreListedInFrameworkOrder()}'s). The set
 * must also exercise every outcome, so that agreement means something.
 *
 * <p>On a mismatch the test prints the first reviews as JSON (the previous review too, if any), with
 * both outcomes; one without a previous review can be replayed with {@code POST /api/assessments}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ladder.watch-rules=false")
class DifferentialTest {

    /** Random reviews per level of each framework (12 levels in all). */
    private static final int PER_LEVEL = 500;
    private static final long SEED = 20260417L;
    private static final int SHOWN_MISMATCHES = 3;

    @Autowired
    Assessor assessor;
    @Autowired
    Frameworks frameworks;
    @Autowired
    LadderProperties properties;

    /** What both implementations must agree on, in a form that prints readably. */
    record Outcome(Map<String, String> redFlags, Map<String, String> needs, List<String> notAssessed, String status,
                   Map<String, String> gaps) {

        static Outcome of(Assessment assessment) {
            return new Outcome(
                    assessment.redFlags().stream().collect(Collectors.toMap(Assessment.RedFlag::indicator,
                            Assessment.RedFlag::severity, (a, b) -> a + "+" + b, TreeMap::new)),
                    assessment.learningNeeds().stream().collect(Collectors.toMap(Assessment.LearningNeed::competency,
                            Assessment.LearningNeed::priority, (a, b) -> a + "+" + b, TreeMap::new)),
                    assessment.notAssessed(),
                    assessment.readiness().status(),
                    assessment.readiness().gaps().stream().collect(Collectors.toMap(Assessment.Gap::competency,
                            g -> gap(g.needed(), g.missingIndicators()), (a, b) -> "duplicate gap", TreeMap::new)));
        }

        static Outcome of(ReferencePolicy.Result result) {
            return new Outcome(
                    result.redFlags().stream().collect(Collectors.toMap(ReferencePolicy.RedFlag::indicator,
                            f -> lower(f.severity()), (a, b) -> a + "+" + b, TreeMap::new)),
                    result.needs().stream().collect(Collectors.toMap(ReferencePolicy.Need::competency,
                            n -> lower(n.priority()), (a, b) -> a + "+" + b, TreeMap::new)),
                    result.notAssessed(),
                    result.status().name(),
                    result.gaps().stream().collect(Collectors.toMap(ReferencePolicy.Gap::competency,
                            g -> gap(g.needed(), g.missingIndicators()), (a, b) -> "duplicate gap", TreeMap::new)));
        }

        private static String gap(Integer needed, List<String> missing) {
            return "show " + needed + " more of " + sorted(missing);
        }

        /** Compared as sets: the order of missing indicators is checked separately (see below). */
        private static List<String> sorted(List<String> ids) {
            return ids.stream().sorted().toList();
        }

        private static String lower(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT);
        }
    }

    @Test
    void droolsRulesAgreeWithTheReferencePolicy() {
        long started = System.nanoTime();
        ReferencePolicy reference = ReferencePolicy.fromRules(properties.rulesDir());
        List<ReviewGenerator.Case> cases = cases(PER_LEVEL, reference);

        Coverage coverage = new Coverage(reference.conductConcerns());
        List<String> mismatches = new ArrayList<>();
        int mismatchCount = 0;
        for (ReviewGenerator.Case c : cases) {
            Framework framework = frameworks.find(c.review().framework()).orElseThrow();
            Assessment drools = assessor.assess(c.review(), c.previous());
            ReferencePolicy.Result expected = reference.assess(c.review(), c.previous(), framework);
            Outcome actual = Outcome.of(drools);
            Outcome wanted = Outcome.of(expected);
            if (!actual.equals(wanted)) {
                mismatchCount++;
                if (mismatches.size() < SHOWN_MISMATCHES) {
                    mismatches.add(describe(c) + "\n  drools:    " + actual + "\n  reference: " + wanted);
                }
            }
            coverage.add(expected);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("DifferentialTest: %d reviews (%d with a previous review) compared in %d ms; %s%n",
                cases.size(), cases.stream().filter(c -> c.previous().isPresent()).count(), millis, coverage);

        if (mismatchCount > 0) {
            fail(mismatchCount + " of " + cases.size() + " reviews assessed differently by the rules and the reference"
                    + " policy; the first " + mismatches.size() + ":\n" + String.join("\n\n", mismatches));
        }
        assertThat(coverage.statuses).as("readiness statuses reached").containsExactlyInAnyOrder(ReadinessStatus.values());
        assertThat(coverage.severities).as("red-flag severities reached").containsExactlyInAnyOrder(Severity.values());
        assertThat(coverage.priorities).as("need priorities reached").containsExactlyInAnyOrder(Priority.values());
        assertThat(coverage.aloneEscalations).as("each reason for a serious red flag, on its own")
                .containsExactlyInAnyOrder(ReferencePolicy.Escalation.values());
        assertThat(coverage.conductObserved).as("conduct-concern behaviours observed (each row's text must be an "
                + "indicator's text, word for word)").containsExactlyInAnyOrderElementsOf(reference.conductConcerns());
        assertThat(coverage.withGaps).as("DEVELOPING verdicts with gaps").isPositive();
        assertThat(coverage.notReadyWithGaps).as("NOT_READY verdicts with gaps").isPositive();
        assertThat(coverage.withNotAssessed).as("reviews with competencies not assessed").isPositive();
    }

    /**
     * The assessment lists each gap's missing indicators in framework order; the differential test
     * above compares them as sets, this test their order.
     */
    @Test
    void missingIndicatorsAreListedInFrameworkOrder() {
        ReferencePolicy reference = ReferencePolicy.fromRules(properties.rulesDir());
        for (ReviewGenerator.Case c : cases(40, reference)) {
            Framework framework = frameworks.find(c.review().framework()).orElseThrow();
            List<List<String>> drools = assessor.assess(c.review(), c.previous()).readiness().gaps().stream()
                    .map(Assessment.Gap::missingIndicators).toList();
            List<List<String>> wanted = reference.assess(c.review(), c.previous(), framework).gaps().stream()
                    .map(ReferencePolicy.Gap::missingIndicators).toList();
            assertThat(drools).as(describe(c)).isEqualTo(wanted);
        }
    }

    /**
     * {@code perLevel} random reviews at every level of every framework (fixed seed), and, deliberately,
     * one review per indicator whose text is on the conduct-concern list, observed on its own.
     */
    private List<ReviewGenerator.Case> cases(int perLevel, ReferencePolicy reference) {
        List<Framework> all = frameworks.all().stream().toList();
        assertThat(all).extracting(Framework::id).containsExactlyInAnyOrder("cambridge", "leicester", "milton-keynes");
        List<ReviewGenerator.Case> cases = new ArrayList<>();
        ReviewGenerator generator = new ReviewGenerator(new Random(SEED));
        for (int round = 0; round < perLevel; round++) {
            for (Framework framework : all) {
                for (Level level : framework.levels()) {
                    cases.add(generator.next(framework, level.rank()));
                }
            }
        }
        for (Framework framework : all) {
            for (Competency competency : framework.competencies()) {
                for (Indicator indicator : competency.indicators()) {
                    if (reference.conductConcerns().contains(indicator.text())) {
                        ReviewGenerator.onlyObserving(framework, indicator.id(), "conduct-" + indicator.id())
                                .ifPresent(cases::add);
                    }
                }
            }
        }
        return cases;
    }

    /** Which outcomes the reviews reached, according to both implementations (they agree by now). */
    private static final class Coverage {
        final Set<ReadinessStatus> statuses = EnumSet.noneOf(ReadinessStatus.class);
        final Set<Severity> severities = EnumSet.noneOf(Severity.class);
        final Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        final Set<ReferencePolicy.Escalation> aloneEscalations = EnumSet.noneOf(ReferencePolicy.Escalation.class);
        final Set<String> conductObserved = new HashSet<>();
        final Map<ReadinessStatus, Integer> statusCounts = new TreeMap<>();
        final Set<String> conduct;
        int withGaps;
        int notReadyWithGaps;
        int withNotAssessed;

        Coverage(Set<String> conduct) {
            this.conduct = conduct;
        }

        void add(ReferencePolicy.Result result) {
            statuses.add(result.status());
            statusCounts.merge(result.status(), 1, Integer::sum);
            for (ReferencePolicy.RedFlag flag : result.redFlags()) {
                severities.add(flag.severity());
                if (flag.escalations().size() == 1) {
                    aloneEscalations.addAll(flag.escalations());
                }
                if (conduct.contains(flag.text())) {
                    conductObserved.add(flag.text());
                }
            }
            result.needs().forEach(n -> priorities.add(n.priority()));
            withGaps += result.gaps().isEmpty() || result.status() != ReadinessStatus.DEVELOPING ? 0 : 1;
            notReadyWithGaps += result.gaps().isEmpty() || result.status() != ReadinessStatus.NOT_READY ? 0 : 1;
            withNotAssessed += result.notAssessed().isEmpty() ? 0 : 1;
        }

        @Override
        public String toString() {
            return "statuses " + statusCounts + ", severities " + severities + ", priorities " + priorities
                    + ", serious for one reason alone " + aloneEscalations + ", conduct concerns observed "
                    + conductObserved.size() + "/" + conduct.size() + ", with gaps " + withGaps + " (developing) " + notReadyWithGaps + " (not ready), with not assessed "
                    + withNotAssessed;
        }
    }

    /** The review, and the previous one if any, as JSON (what POST /api/assessments would receive). */
    static String describe(ReviewGenerator.Case c) {
        return "review " + json(c.review()) + c.previous().map(p -> "\n  previous " + json(p)).orElse("");
    }

    private static String json(Review review) {
        return "{\"employeeId\": \"" + review.employeeId() + "\", \"framework\": \"" + review.framework()
                + "\", \"level\": " + review.level() + ", \"period\": \"" + review.period() + "\", \"ratings\": ["
                + review.ratings().stream().map(r -> "{\"competency\": \"" + r.competency() + "\", \"rating\": "
                        + r.rating() + "}").collect(Collectors.joining(", "))
                + "], \"observed\": ["
                + review.observed().stream().map(o -> "{\"indicator\": \"" + o.indicator() + "\"}")
                        .collect(Collectors.joining(", "))
                + "]}";
    }
}
