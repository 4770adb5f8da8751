package dev.ladder.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;

/** The learning catalogue serves all three councils: every competency reaches some learning. */
class CatalogueTest {

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
    void everyThemeOffersOnTheJobSocialAndFormalLearning() {
        for (String theme : snapshot.themes().keySet()) {
            Set<LearningMode> modes = EnumSet.noneOf(LearningMode.class);
            snapshot.resources().stream().filter(r -> r.themes().contains(theme)).forEach(r -> modes.add(r.mode()));
            assertThat(modes).as(theme).containsExactlyInAnyOrder(LearningMode.values());
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
                            competency.id(), competency.title(), audience, Map.of()));
                    assertThat(picks).as("%s/%s at %s", framework.id(), competency.id(), level.id())
                            .isNotEmpty().hasSizeLessThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void aResourceAimedAtTheFlaggedBehaviourComesFirstAndModesAreMixed() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        String key = Recommender.Need.key("milton-keynes", "customer-focus-n01");
        List<LearningResource> aimed = snapshot.resources().stream().filter(r -> r.addresses().contains(key)).toList();
        assertThat(aimed).as("catalogue resources aimed at 'Impatient with customers'").isNotEmpty();

        List<Recommendation> picks = new Recommender(catalogue).recommend(new Recommender.Need("milton-keynes",
                "customer-focus", mk.competency("customer-focus").orElseThrow().title(), Audience.ALL_STAFF,
                Map.of(key, "Impatient with customers")));

        assertThat(aimed).extracting(LearningResource::id).contains(picks.get(0).id());
        assertThat(picks.get(0).because()).contains("designed to change \"Impatient with customers\"");
        assertThat(picks).extracting(Recommendation::type).doesNotHaveDuplicates();
        assertThat(picks).hasSize(3);
    }
}
