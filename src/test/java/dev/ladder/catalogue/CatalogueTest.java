package dev.ladder.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;

/**
 * The learning catalogue serves all three councils: every competency reaches some learning. The
 * recommender follows the policy it is given; these tests give it one by hand (the rule set's own
 * values are tested in {@code assessment.RecommendationPolicyTest}).
 */
class CatalogueTest {

    /** Every type of the catalogue as some way of learning, so that the mechanism can be watched. */
    private static final Map<String, LearningMode> MODES = Map.of("on-the-job", LearningMode.EXPERIENTIAL,
            "coaching", LearningMode.SOCIAL, "mentoring", LearningMode.SOCIAL, "shadowing", LearningMode.SOCIAL,
            "course", LearningMode.FORMAL, "e-learning", LearningMode.FORMAL, "reading", LearningMode.FORMAL);
    private static final RecommendationPolicy ONE_OF_EACH = new RecommendationPolicy(3,
            Map.of(LearningMode.EXPERIENTIAL, 1, LearningMode.SOCIAL, 1, LearningMode.FORMAL, 1), MODES,
            List.of(Preference.AIMED_AT_RED_FLAG, Preference.AIMED_AT_CAREER_STAGE));

    private static Catalogue catalogue;
    private static CatalogueSnapshot snapshot;

    @BeforeAll
    static void load() {
        catalogue = new Catalogue();
        catalogue.ontologyLoaded(LoadedFrameworks.shared());
        snapshot = catalogue.snapshot();
    }

    @Test
    void everyCompetencyOfEveryFrameworkIsAlignedToAKnownTheme() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Competency competency : framework.competencies()) {
                assertThat(snapshot.themesOf(framework.id(), competency.id()))
                        .as("%s/%s", framework.id(), competency.id()).isNotEmpty()
                        .allSatisfy(theme -> assertThat(snapshot.themes()).containsKey(theme));
            }
        }
    }

    @Test
    void everyLevelHasAnAudience() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Level level : framework.levels()) {
                assertThat(snapshot.audienceOf(framework.id(), level.id())).as("%s %s", framework.id(), level.id())
                        .isPresent();
            }
        }
    }

    @Test
    void resourcesAimedAtABehaviourNameAnExistingRedFlag() {
        List<String> addressed = snapshot.resources().stream().flatMap(r -> r.addresses().stream()).toList();

        assertThat(addressed).hasSizeGreaterThan(25).allSatisfy(key -> {
            String[] parts = key.split("/");
            Indicator indicator = LoadedFrameworks.framework(parts[0]).indicator(parts[1])
                    .orElseThrow(() -> new AssertionError("no indicator " + key)).indicator();
            assertThat(indicator.polarity()).as(key).isEqualTo(Polarity.NEGATIVE);
        });
    }

    @Test
    void everyCompetencyGetsARecommendationAtEveryLevelWhereItIsExpected() {
        Recommender recommender = new Recommender(catalogue);
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Level level : framework.levels()) {
                Audience audience = snapshot.audienceOf(framework.id(), level.id()).orElseThrow();
                for (Competency competency : framework.expectedAt(level.rank()).competencies()) {
                    List<Recommendation> picks = recommender.recommend(new Recommender.Need(framework.id(),
                            competency.id(), competency.title(), audience, Map.of()), ONE_OF_EACH);
                    assertThat(picks).as("%s/%s at %s", framework.id(), competency.id(), level.id())
                            .isNotEmpty().hasSizeLessThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void theIndexGivesTheCandidatesAScanOfTheWholeCatalogueGives() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Competency competency : framework.competencies()) {
                List<String> themes = snapshot.themesOf(framework.id(), competency.id());
                List<String> flagged = competency.indicators().stream().filter(i -> i.polarity() == Polarity.NEGATIVE)
                        .limit(2).map(i -> Recommender.Need.key(framework.id(), i.id())).toList();
                for (List<String> keys : List.of(List.<String>of(), flagged)) {
                    List<LearningResource> scanned = snapshot.resources().stream()
                            .filter(r -> r.themes().stream().anyMatch(themes::contains)
                                    || r.addresses().stream().anyMatch(keys::contains))
                            .sorted(Comparator.comparing(LearningResource::title)) // stable: catalogue order among equal titles
                            .toList();
                    assertThat(snapshot.index().candidates(framework.id(), competency.id(), keys))
                            .as("%s/%s flagged %s", framework.id(), competency.id(), keys).isEqualTo(scanned);
                }
            }
        }
        assertThat(snapshot.resourceTypes()).isSorted().doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(snapshot.resources().stream().map(LearningResource::type)
                        .distinct().toList());
    }

    @Test
    void aResourceAimedAtTheFlaggedBehaviourComesFirstAndModesAreMixed() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        String key = Recommender.Need.key("milton-keynes", "customer-focus-n01");
        List<LearningResource> aimed = snapshot.resources().stream().filter(r -> r.addresses().contains(key)).toList();
        assertThat(aimed).as("catalogue resources aimed at 'Impatient with customers'").isNotEmpty();

        List<Recommendation> picks = new Recommender(catalogue).recommend(new Recommender.Need("milton-keynes",
                "customer-focus", mk.competency("customer-focus").orElseThrow().title(), Audience.ALL_STAFF,
                Map.of(key, "Impatient with customers")), ONE_OF_EACH);

        assertThat(aimed).extracting(LearningResource::id).contains(picks.get(0).id());
        assertThat(picks.get(0).because()).contains("designed to change \"Impatient with customers\"");
        assertThat(picks).extracting(Recommendation::type).doesNotHaveDuplicates();
        assertThat(picks).extracting(Recommendation::mode).doesNotHaveDuplicates();
        assertThat(picks).hasSize(3);
    }

    @Test
    void thePolicyDecidesHowManyTheirMixAndTheOrder() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        String key = Recommender.Need.key("milton-keynes", "customer-focus-n01");
        Recommender.Need need = new Recommender.Need("milton-keynes", "customer-focus",
                mk.competency("customer-focus").orElseThrow().title(), Audience.ALL_STAFF,
                Map.of(key, "Impatient with customers"));
        Recommender recommender = new Recommender(catalogue);

        List<Recommendation> five = recommender.recommend(need, new RecommendationPolicy(5,
                Map.of(LearningMode.FORMAL, 5), MODES, List.of()));
        List<Recommendation> byTitle = recommender.recommend(need, new RecommendationPolicy(5,
                Map.of(LearningMode.EXPERIENTIAL, 1, LearningMode.SOCIAL, 1, LearningMode.FORMAL, 1), MODES, List.of()));
        List<Recommendation> flagFirst = recommender.recommend(need, new RecommendationPolicy(1,
                Map.of(LearningMode.EXPERIENTIAL, 1, LearningMode.SOCIAL, 1, LearningMode.FORMAL, 1), MODES,
                List.of(Preference.AIMED_AT_RED_FLAG)));

        assertThat(five).hasSize(5);
        // formal picks first, as many as there are; other ways of learning only to fill up
        List<LearningMode> modes = five.stream().map(Recommendation::mode).toList();
        assertThat(modes.get(0)).isEqualTo(LearningMode.FORMAL);
        assertThat(modes.subList(0, modes.lastIndexOf(LearningMode.FORMAL) + 1)).containsOnly(LearningMode.FORMAL);
        assertThat(byTitle.subList(0, 3)).extracting(Recommendation::mode).doesNotHaveDuplicates();
        assertThat(byTitle.subList(3, 5)).extracting(Recommendation::title).isSorted();
        assertThat(flagFirst).hasSize(1);
        assertThat(snapshot.resources()).filteredOn(r -> r.id().equals(flagFirst.get(0).id()))
                .allSatisfy(r -> assertThat(r.addresses()).contains(key));
    }
}
