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
        for (Path source : RuleSetCompiler.ruleFiles(Path.of("rules"))) {
            Files.copy(source, rules.resolve(source.getFileName()));
        }
        String edited = edit.apply(Files.readString(rules.resolve(file)));
        if (edited == null) {
            Files.delete(rules.resolve(file));
        } else {
            Files.writeString(rules.resolve(file), edited);
        }
        Engine engine = new Engine(rules);
        assertThat(engine.ruleSets.current()).as("the edited rules compile").isPresent();
        return engine;
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
    void aDeletedSeriousRedFlagCountIsAFaultNamingIt() throws IOException {
        Engine engine = with("serious-red-flag-count.drl.csv", text -> null);

        assertThatThrownBy(() -> engine.assessor.assess(weakInOne())).isInstanceOf(PolicyFault.class)
                .hasMessageContaining("rules/serious-red-flag-count.drl.csv").hasMessageContaining("no row");
    }

    @Test
    void aDeletedRecommendationsTableIsAFaultNamingIt() throws IOException {
        Engine engine = with("recommendations.drl.csv", text -> null);

        assertThatThrownBy(() -> engine.assessor.assess(weakInOne())).isInstanceOf(PolicyFault.class)
                .hasMessageContaining("rules/recommendations.drl.csv")
                .hasMessageContaining("Recommendations per need");
    }

    @Test
    void aResourceTypeWithoutAWayOfLearningIsAFaultNamingTheType() throws IOException {
        Engine engine = with("recommendations.drl.csv", text -> text.replace("Way of learning: shadowing,shadowing,SOCIAL\n", ""));

        assertThatThrownBy(() -> engine.assessor.assess(weakInOne())).isInstanceOf(PolicyFault.class)
                .hasMessageContaining("Way of learning of each resource type").hasMessageContaining("'shadowing'");
    }

    @Test
    void aFrameworkMissingFromTheNotReadyRatingTableIsAFaultNamingTheRow() throws IOException {
        Engine engine = with("not-ready-rating.drl.csv", text -> text.replace("Not ready below: leicester,leicester,3\n", ""));

        assertThatThrownBy(() -> engine.assessor.assess(weakInOne())).isInstanceOf(PolicyFault.class)
                .hasMessageContaining("rules/not-ready-rating.drl.csv has no row for 'leicester'");
        Explanation explanation = engine.assessor.explain(weakInOne(), Optional.empty(),
                engine.ruleSets.current().orElseThrow());
        assertThat(explanation.assessment()).isNull();
        assertThat(explanation.problem()).contains("rules/not-ready-rating.drl.csv has no row for 'leicester'");
        assertThat(explanation.fired()).extracting(Explanation.FiredRule::rule).contains("Threshold: leicester")
                .doesNotContain("Readiness: developing", "Readiness: not ready", "Readiness: ready");
        assertThat(explanation.readiness()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("not-ready-rating.drl.csv has a row for leicester");
            assertThat(c.held()).isFalse();
        });
        assertThat(engine.assessor.assess(Reviews.of("cambridge", 1).allRated(3).build()).readiness().status())
                .as("the other councils are assessed as before").isNotNull();
    }

    @Test
    void aVerdictMissingFromTheGapsTableIsAFaultNamingIt() throws IOException {
        Engine engine = with("readiness-gaps.drl.csv", text -> text.replace("Gaps: listed when developing,DEVELOPING,YES\n", ""));

        assertThatThrownBy(() -> engine.assessor.assess(Reviews.of("milton-keynes", 1).allRated(3).build()))
                .isInstanceOf(PolicyFault.class)
                .hasMessageContaining("rules/readiness-gaps.drl.csv has no row for DEVELOPING");
    }

    @Test
    void withoutTheRuleThatSettlesANeedsPriorityTheFaultNamesIt() throws IOException {
        Engine engine = with("learning-needs.drl", text -> text.substring(0,
                text.indexOf("rule \"Learning need: the most urgent of its reasons\"")));

        assertThatThrownBy(() -> engine.assessor.assess(weakInOne())).isInstanceOf(PolicyFault.class)
                .hasMessageContaining("Learning need: the most urgent of its reasons")
                .hasMessageContaining("rules/learning-needs.drl");
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
