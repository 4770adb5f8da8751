package dev.ladder.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
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

    /**
     * The recommender ranks the index's candidates by buckets; here the same choice is worked out the plain
     * way its documentation describes (scan the whole catalogue, sort by preferences then title, pick
     * against the mix), for every competency, audience and set of red flags, under several policies.
     */
    @Test
    void theRecommenderPicksWhatASortOfTheWholeCatalogueGives() {
        Recommender recommender = new Recommender(catalogue);
        List<RecommendationPolicy> policies = List.of(ONE_OF_EACH,
                new RecommendationPolicy(5, Map.of(LearningMode.EXPERIENTIAL, 3, LearningMode.SOCIAL, 1,
                        LearningMode.FORMAL, 1), MODES, List.of(Preference.AIMED_AT_CAREER_STAGE, Preference.AIMED_AT_RED_FLAG)),
                new RecommendationPolicy(2, Map.of(LearningMode.FORMAL, 2), MODES, List.of()),
                new RecommendationPolicy(4, Map.of(LearningMode.SOCIAL, 1), MODES,
                        List.of(Preference.AIMED_AT_RED_FLAG, Preference.AIMED_AT_RED_FLAG)));
        int compared = 0;
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Competency competency : framework.competencies()) {
                Map<String, String> flagged = new java.util.HashMap<>();
                competency.indicators().stream().filter(i -> i.polarity() == Polarity.NEGATIVE)
                        .forEach(i -> flagged.put(Recommender.Need.key(framework.id(), i.id()), i.text()));
                for (Map<String, String> flags : List.of(Map.<String, String>of(), flagged)) {
                    for (Audience audience : Audience.values()) {
                        Recommender.Need need = new Recommender.Need(framework.id(), competency.id(), competency.title(),
                                audience, flags);
                        for (RecommendationPolicy policy : policies) {
                            assertThat(recommender.recommend(need, policy)).extracting(Recommendation::id)
                                    .as("%s/%s %s flags %s", framework.id(), competency.id(), audience, flags.keySet())
                                    .containsExactlyElementsOf(plainPicks(need, policy));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static List<String> plainPicks(Recommender.Need need, RecommendationPolicy policy) {
        List<String> themes = snapshot.themesOf(need.framework(), need.competency());
        java.util.function.Predicate<LearningResource> aimed = r -> r.addresses().stream().anyMatch(need.flagged()::containsKey);
        List<LearningResource> developing = snapshot.resources().stream()
                .filter(r -> r.themes().stream().anyMatch(themes::contains) || aimed.test(r)).toList();
        List<LearningResource> suitable = developing.stream().filter(r -> r.suits(need.audience()) || aimed.test(r)).toList();
        Comparator<LearningResource> order = Comparator.comparingInt(r -> 0);
        for (Preference preference : policy.order()) {
            order = order.thenComparing(r -> (preference == Preference.AIMED_AT_RED_FLAG ? aimed.test(r)
                    : r.audiences().contains(need.audience())) ? 0 : 1);
        }
        List<LearningResource> ranked = new java.util.ArrayList<>(suitable.isEmpty() ? developing : suitable);
        ranked.sort(order.thenComparing(LearningResource::title));
        List<LearningResource> picked = new java.util.ArrayList<>();
        Map<LearningMode, Integer> picks = new java.util.EnumMap<>(LearningMode.class);
        while (picked.size() < policy.perNeed() && picked.size() < ranked.size()) {
            LearningResource next = ranked.stream().filter(r -> !picked.contains(r))
                    .filter(r -> picks.getOrDefault(policy.modeOf(r).orElseThrow(), 0)
                            < policy.mix().getOrDefault(policy.modeOf(r).orElseThrow(), 0))
                    .findFirst().orElseGet(() -> ranked.stream().filter(r -> !picked.contains(r)).findFirst().orElseThrow());
            picked.add(next);
            picks.merge(policy.modeOf(next).orElseThrow(), 1, Integer::sum);
        }
        return picked.stream().map(LearningResource::id).toList();
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

    @Test
    void aChoiceIsRememberedForTheCatalogueItWasMadeFromOnly() {
        Model model = ModelFactory.createDefaultModel().add(LoadedFrameworks.shared());
        Catalogue own = new Catalogue();
        own.ontologyLoaded(model);
        Recommender recommender = new Recommender(own);
        Recommender.Need need = new Recommender.Need("milton-keynes", "customer-focus",
                LoadedFrameworks.framework("milton-keynes").competency("customer-focus").orElseThrow().title(),
                Audience.ALL_STAFF, Map.of());

        List<Recommendation> first = recommender.recommend(need, ONE_OF_EACH);
        assertThat(recommender.recommend(need, ONE_OF_EACH)).isSameAs(first);

        // the catalogue is loaded again without the resource picked first: the choice is made afresh
        String gone = first.get(0).id();
        List<Resource> subjects = model.listSubjects().filterKeep(r -> gone.equals(r.getLocalName())).toList();
        assertThat(subjects).hasSize(1);
        model.removeAll(subjects.get(0), null, null);
        own.ontologyLoaded(model);
        List<Recommendation> after = recommender.recommend(need, ONE_OF_EACH);
        assertThat(after).extracting(Recommendation::id).doesNotContain(gone);
        assertThat(after).isEqualTo(new Recommender(own).recommend(need, ONE_OF_EACH));
    }
}
