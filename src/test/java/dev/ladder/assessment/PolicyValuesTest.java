package dev.ladder.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ladder.catalogue.Catalogue;
import dev.ladder.catalogue.LearningMode;
import dev.ladder.catalogue.RecommendationPolicy;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.review.Review;

/**
 * The policy values live in {@code rules/}: changing a table changes the assessment with no Java
 * touched, and a table or row missing is a {@link PolicyFault} naming the file to fix.
 */
class PolicyValuesTest {

    private static final Engine PROJECT = Engine.ofProjectRules();

    @TempDir
    Path rules;

    /** A copy of the project's rules with one file edited (or deleted, when {@code edit} returns null). */
    private Engine with(String file, UnaryOperator<String> edit) throws IOException {
        Engine engine = edited(file, edit);
        assertThat(engine.ruleSets.current()).as("the edited rules compile").isPresent();
        return engine;
    }

    /**
     * The project's rules with one file edited, which must be refused before going into service: the
     * sample reviews (the canary) find the missing value, and the problem names it.
     */
    private void refused(String file, UnaryOperator<String> edit, String... named) throws IOException {
        Engine engine = edited(file, edit);
        assertThat(engine.ruleSets.current()).as("a rule set missing a policy value is not put into service").isEmpty();
        assertThat(engine.ruleSets.lastAttempt().problems()).map(RuleProblem::describe)
                .anySatisfy(problem -> assertThat(problem).contains(named));
    }

    /** The edited rules compiled without the checks a reload makes: what an assessment would meet if they got through. */
    private RuleSet uncheckedRuleSet() {
        return new RuleSetCompiler().compile(RuleSetCompiler.readFolder(rules)).ruleSet();
    }

    private Engine edited(String file, UnaryOperator<String> edit) throws IOException {
        for (Path source : RuleSetCompiler.ruleFiles(Path.of("rules"))) {
            Files.copy(source, rules.resolve(source.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String edited = edit.apply(Files.readString(rules.resolve(file)));
        if (edited == null) {
            Files.delete(rules.resolve(file));
        } else {
            Files.writeString(rules.resolve(file), edited);
        }
        return new Engine(rules);
    }

    private static Review weakInOne() {
        return Reviews.of("leicester", 2).allRated(3).rated("m11-using-technology", 1).build();
    }

    @Test
    void theProjectsRulesStateARecommendationPolicyThatCoversTheCatalogue() {
        Catalogue catalogue = new Catalogue();
        catalogue.ontologyLoaded(LoadedFrameworks.shared());
        RecommendationPolicy policy = policyOf(PROJECT, weakInOne());

        assertThat(policy.perNeed()).isPositive();
        assertThat(policy.mix().keySet()).containsExactlyInAnyOrder(LearningMode.values());
        assertThat(catalogue.snapshot().resources()).allSatisfy(r -> assertThat(policy.modeOf(r)).as(r.type()).isPresent());
        // every theme can be learnt each of the three ways, so the mix is possible for every need
        for (String theme : catalogue.snapshot().themes().keySet()) {
            Set<LearningMode> modes = EnumSet.noneOf(LearningMode.class);
            catalogue.snapshot().resources().stream().filter(r -> r.themes().contains(theme))
                    .forEach(r -> modes.add(policy.modeOf(r).orElseThrow()));
            assertThat(modes).as(theme).containsExactlyInAnyOrder(LearningMode.values());
        }
        Assessment assessment = PROJECT.assessor.assess(weakInOne());
        assertThat(assessment.learningNeeds()).allSatisfy(n -> assertThat(n.recommendations())
                .hasSizeLessThanOrEqualTo(policy.perNeed()));
    }

    @Test
    void twoRecommendationsPerNeedInTheTableGiveTwo() throws IOException {
        Engine engine = with("recommendations.drl.csv", text -> text.replace("Recommendations: how many per need,3",
                "Recommendations: how many per need,2"));

        List<Assessment.LearningNeed> needs = engine.assessor.assess(weakInOne()).learningNeeds();

        assertThat(needs).isNotEmpty().allSatisfy(n -> assertThat(n.recommendations()).hasSizeLessThanOrEqualTo(2));
        assertThat(needs).anySatisfy(n -> assertThat(n.recommendations()).hasSize(2));
    }

    @Test
    void aLowerNotReadyRatingTurnsARatingOf2FromNotReadyToDeveloping() throws IOException {
        Review review = Reviews.of("leicester", 1).allRated(3).rated("delivering-outcomes", 2).allNextLevelBehaviours().build();
        assertThat(PROJECT.assessor.assess(review).readiness().status()).isEqualTo("NOT_READY");

        Engine engine = with("not-ready-rating.drl.csv", text -> text.replace("Not ready below: leicester,leicester,3",
                "Not ready below: leicester,leicester,2"));

        Assessment assessment = engine.assessor.assess(review);
        assertThat(assessment.readiness().status()).isEqualTo("READY");
    }

    @Test
    void gapsHiddenWhenNotReadyIfTheTableSaysNo() throws IOException {
        Review review = Reviews.of("milton-keynes", 2).allRated(3).rated("team-player", 1).build();
        assertThat(PROJECT.assessor.assess(review).readiness().gaps()).isNotEmpty();

        Engine engine = with("readiness-gaps.drl.csv", text -> text.replace("Gaps: listed when not ready,NOT_READY,YES",
                "Gaps: listed when not ready,NOT_READY,NO"));

        Assessment.Readiness readiness = engine.assessor.assess(review).readiness();
        assertThat(readiness.status()).isEqualTo("NOT_READY");
        assertThat(readiness.gaps()).isEmpty();
    }

    @Test
    void withThreeRedFlagsNeededTwoInOneCompetencyStayConcerns() throws IOException {
        Review review = Reviews.of("milton-keynes", 2).allRated(3).observedText("Impatient with customers")
                .observedText("Does not put the customer first").build();
        assertThat(PROJECT.assessor.assess(review).redFlags()).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo("serious"));

        Engine engine = with("serious-red-flag-count.drl.csv", text -> text.replace(
                "Serious: how many red flags in one competency,2", "Serious: how many red flags in one competency,3"));

        assertThat(engine.assessor.assess(review).redFlags()).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo("concern"));
    }

    @Test
    void aDeletedSeriousRedFlagCountIsRefusedNamingIt() throws IOException {
        refused("serious-red-flag-count.drl.csv", text -> null, "rules/serious-red-flag-count.drl.csv", "no row");
    }

    @Test
    void anAssessmentWithoutRecommendationsHasTheSameVerdictsAndNoResources() {
        Review review = weakInOne();
        RuleSet inService = PROJECT.ruleSets.current().orElseThrow();
        Assessment whole = PROJECT.assessor.assess(review, Optional.empty(), inService);
        Assessment brief = PROJECT.assessor.assessWithoutRecommendations(review, Optional.empty(), inService);

        assertThat(whole.learningNeeds()).isNotEmpty().anySatisfy(n -> assertThat(n.recommendations()).isNotEmpty());
        assertThat(brief.learningNeeds()).allSatisfy(n -> assertThat(n.recommendations()).isEmpty());
        assertThat(brief.learningNeeds()).extracting(Assessment.LearningNeed::competency, Assessment.LearningNeed::priority,
                Assessment.LearningNeed::reasons).containsExactlyElementsOf(whole.learningNeeds().stream()
                .map(n -> org.assertj.core.groups.Tuple.tuple(n.competency(), n.priority(), n.reasons())).toList());
        assertThat(brief.redFlags()).isEqualTo(whole.redFlags());
        assertThat(brief.readiness()).isEqualTo(whole.readiness());
    }

    @Test
    void withoutRecommendationsAResourceTypeWithoutAWayOfLearningStillFails() throws IOException {
        Engine engine = edited("recommendations.drl.csv", text -> text.replace("Way of learning: shadowing,shadowing,SOCIAL\n", ""));
        RuleSet unchecked = uncheckedRuleSet();
        // the preview counts such a review as failed, as the whole assessment would fail
        assertThatThrownBy(() -> engine.assessor.assessWithoutRecommendations(weakInOne(), Optional.empty(), unchecked))
                .isInstanceOf(PolicyFault.class).hasMessageContaining("'shadowing'");
    }

    @Test
    void aDeletedRecommendationsTableIsRefusedNamingIt() throws IOException {
        refused("recommendations.drl.csv", text -> null, "rules/recommendations.drl.csv", "Recommendations per need");
    }

    @Test
    void aResourceTypeGivenTwoWaysOfLearningIsRefusedNamingTheTypeAndBoth() throws IOException {
        refused("recommendations.drl.csv", text -> text.replace("Way of learning: shadowing,shadowing,SOCIAL\n",
                        "Way of learning: shadowing,shadowing,SOCIAL\nWay of learning: shadowing again,shadowing,FORMAL\n"),
                "Way of learning of each resource type", "2 rows for shadowing", "SOCIAL", "FORMAL");
    }

    @Test
    void aResourceTypeWithoutAWayOfLearningIsRefusedNamingTheType() throws IOException {
        refused("recommendations.drl.csv", text -> text.replace("Way of learning: shadowing,shadowing,SOCIAL\n", ""),
                "Way of learning of each resource type", "'shadowing'");
    }

    @Test
    void aFrameworkMissingFromTheNotReadyRatingTableIsRefusedAndExplainedNamingTheRow() throws IOException {
        UnaryOperator<String> withoutLeicester = text -> text.replace("Not ready below: leicester,leicester,3\n", "");
        // the table lint finds the missing row first, at the table's framework column
        refused("not-ready-rating.drl.csv", withoutLeicester, "not-ready-rating.drl.csv", "none for framework leicester");

        // were such a rule set assessed anyway, the assessment is a fault naming the row, and explain says why
        Engine engine = edited("not-ready-rating.drl.csv", withoutLeicester);
        RuleSet unchecked = uncheckedRuleSet();
        assertThatThrownBy(() -> engine.assessor.assess(weakInOne(), Optional.empty(), unchecked))
                .isInstanceOf(PolicyFault.class)
                .hasMessageContaining("rules/not-ready-rating.drl.csv has no row for 'leicester'");
        Explanation explanation = engine.assessor.explain(weakInOne(), Optional.empty(), unchecked);
        assertThat(explanation.assessment()).isNull();
        assertThat(explanation.problem()).contains("rules/not-ready-rating.drl.csv has no row for 'leicester'");
        assertThat(explanation.fired()).extracting(Explanation.FiredRule::rule).contains("Threshold: leicester")
                .doesNotContain("Readiness: developing", "Readiness: not ready", "Readiness: ready");
        assertThat(explanation.readiness()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("not-ready-rating.drl.csv has a row for leicester");
            assertThat(c.held()).isFalse();
        });
        assertThat(engine.assessor.assess(Reviews.of("cambridge", 1).allRated(3).build(), Optional.empty(), unchecked)
                .readiness().status()).as("the other councils are assessed as before").isNotNull();
    }

    @Test
    void aVerdictMissingFromTheGapsTableIsRefusedNamingIt() throws IOException {
        refused("readiness-gaps.drl.csv", text -> text.replace("Gaps: listed when developing,DEVELOPING,YES\n", ""),
                "rules/readiness-gaps.drl.csv has no row for DEVELOPING");
    }

    @Test
    void withoutTheRuleThatSettlesANeedsPriorityTheRuleSetIsRefusedNamingIt() throws IOException {
        refused("learning-needs.drl", text -> text.substring(0,
                text.indexOf("rule \"Learning need: the most urgent of its reasons\"")),
                "Learning need: the most urgent of its reasons", "rules/learning-needs.drl");
    }

    private static RecommendationPolicy policyOf(Engine engine, Review review) {
        RuleSet ruleSet = engine.ruleSets.current().orElseThrow();
        var session = ruleSet.newSession();
        try {
            FactBuilder.facts(review, LoadedFrameworks.framework(review.framework()), Optional.empty())
                    .forEach(session::insert);
            session.fireAllRules();
            return Findings.of(session).recommendationPolicy();
        } finally {
            session.dispose();
        }
    }
}
