package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each level expects, as the documents state it. Expected numbers are sums of the source counts
 * in {@code docs/source-counts.md} (e.g. Milton Keynes level 3 = positive signs of levels 1–3).
 */
class LevelExpectationTest {

    @ParameterizedTest(name = "{0} level {1}: {2} competencies, {3} positive and {4} negative indicators")
    @CsvSource({
            "cambridge, 1,  8,  55,  38",
            "cambridge, 2, 12,  83,  53",
            "cambridge, 3, 15, 100,  71",
            "milton-keynes, 1, 6,  33,  15",
            "milton-keynes, 2, 6,  60,  28",
            "milton-keynes, 3, 7,  89,  44",
            "milton-keynes, 4, 7, 114,  60",
            "milton-keynes, 5, 7, 135,  76",
            "leicester, 1,  6,  27, 0",
            "leicester, 2, 17, 114, 0",
            "leicester, 3, 17, 161, 0",
            "leicester, 4, 17, 209, 0"})
    void eachLevelHoldsWhatTheDocumentExpects(String id, int rank, int competencies, int positive, int negative) {
        Framework atLevel = LoadedFrameworks.framework(id).expectedAt(rank);

        assertThat(atLevel.competencies()).hasSize(competencies);
        assertThat(indicators(atLevel)).filteredOn(i -> i.polarity() == Polarity.POSITIVE).hasSize(positive);
        assertThat(indicators(atLevel)).filteredOn(i -> i.polarity() == Polarity.NEGATIVE).hasSize(negative);
        assertThat(indicators(atLevel)).allSatisfy(i -> assertThat(i.level()).isLessThanOrEqualTo(rank));
    }

    @Test
    void miltonKeynesLevelThreeHoldsLevelsOneToThree() {
        Framework level3 = LoadedFrameworks.framework("milton-keynes").expectedAt(3);

        assertThat(indicators(level3)).extracting(Indicator::level).containsOnly(1, 2, 3).contains(1, 2, 3);
        assertThat(level3.competency("customer-focus").orElseThrow().indicators()).extracting(Indicator::text)
                .contains("Has a good understanding of the services they provide",
                        "Defines, models and reviews customer service standards")
                .doesNotContain("Champions excellent service through high quality, customer focused solutions");
    }

    @Test
    void miltonKeynesCompetencySevenStartsAtLevelThree() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");

        assertThat(mk.competency("excellent-leadership").orElseThrow().appliesAtLevels()).containsExactly(3, 4, 5);
        assertThat(mk.expectedAt(2).competency("excellent-leadership")).isEmpty();
        assertThat(mk.expectedAt(3).competency("excellent-leadership")).isPresent();
    }

    @Test
    void cambridgeSeniorManagersHaveOnlyTheLeadershipFramework() {
        Framework level3 = LoadedFrameworks.framework("cambridge").expectedAt(3);

        assertThat(level3.competencies()).extracting(Competency::section)
                .containsOnly("City leadership & management framework");
        assertThat(level3.competencies()).extracting(Competency::cluster).doesNotContainNull();
        assertThat(level3.competency("communication")).isEmpty();
        assertThat(level3.competency("clm-communication")).isPresent();
    }

    @Test
    void cambridgeFirstLineManagersHaveCoreAndTheirOwnCompetencies() {
        Framework level2 = LoadedFrameworks.framework("cambridge").expectedAt(2);

        assertThat(level2.competencies()).extracting(Competency::section).containsOnly(
                "Core competency framework", "Competencies for first line managers");
        assertThat(level2.competency("managing-people")).isPresent();
        assertThat(LoadedFrameworks.framework("cambridge").expectedAt(1).competency("managing-people")).isEmpty();
    }

    @Test
    void leicesterStaffLevelHoldsOnlyTheTwentySevenStaffIndicators() {
        Framework level1 = LoadedFrameworks.framework("leicester").expectedAt(1);

        assertThat(indicators(level1)).hasSize(27)
                .extracting(Indicator::kind).containsOnly("effective-behaviour");
        assertThat(indicators(level1)).extracting(Indicator::code).contains("1.1", "6.3").doesNotContainNull();
    }

    @Test
    void leicesterHeadOfServiceHasCriteriaAtTheirLevelAndBelowButNotAbove() {
        Competency m1 = LoadedFrameworks.framework("leicester").expectedAt(3)
                .competency("m1-managing-people-performance").orElseThrow();

        assertThat(m1.indicators()).extracting(Indicator::kind).contains("range-statement", "performance-criterion");
        assertThat(m1.indicators()).extracting(Indicator::level).containsOnly(2, 3);
        assertThat(m1.indicators()).hasSize(3 + 12 + 8);
    }

    @Test
    void everyFrameworkHasContiguousRanksFromOne() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            List<Integer> ranks = framework.levels().stream().map(Level::rank).toList();
            assertThat(ranks).as(framework.id()).startsWith(1).isSorted().doesNotHaveDuplicates()
                    .hasSize(ranks.get(ranks.size() - 1));
        }
    }

    private static List<Indicator> indicators(Framework framework) {
        return framework.competencies().stream().flatMap(c -> c.indicators().stream()).toList();
    }
}
