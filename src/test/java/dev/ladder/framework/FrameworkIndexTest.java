package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The look-ups kept with a framework give what a scan of the framework in source order gives, for
 * every id, every level and every council.
 */
class FrameworkIndexTest {

    @Test
    void everyIndicatorAndCompetencyIsFoundWithItsCompetencyAsAScanFindsIt() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Competency competency : framework.competencies()) {
                assertThat(framework.competency(competency.id())).containsSame(competency);
                for (Indicator indicator : competency.indicators()) {
                    assertThat(framework.indicator(indicator.id())).as("%s/%s", framework.id(), indicator.id())
                            .hasValue(new Framework.Located(competency, indicator));
                }
            }
            assertThat(framework.indicator("no-such-indicator")).isEmpty();
            assertThat(framework.competency("no-such-competency")).isEmpty();
        }
    }

    @Test
    void whatALevelExpectsIsBuiltOnceAndHoldsTheIndicatorsOfThatLevel() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Level level : framework.levels()) {
                Framework atLevel = framework.expectedAt(level.rank());
                assertThat(framework.expectedAt(level.rank())).isSameAs(atLevel);
                for (Competency competency : framework.competencies()) {
                    for (Indicator indicator : competency.indicators()) {
                        boolean expected = competency.appliesAtLevels().contains(level.rank())
                                && (indicator.level() == null || indicator.level() <= level.rank());
                        assertThat(atLevel.indicator(indicator.id()).isPresent())
                                .as("%s/%s at level %d", framework.id(), indicator.id(), level.rank()).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void whatAReviewAtALevelMayRecordIsWhatThatLevelOrTheNextExpects() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Level level : framework.levels()) {
                Framework current = framework.expectedAt(level.rank());
                Framework next = framework.nextRank(level.rank()).map(framework::expectedAt).orElse(null);
                java.util.Map<String, Framework.Recordable> recordable = framework.recordableAt(level.rank());
                assertThat(framework.recordableAt(level.rank())).isSameAs(recordable);
                int position = 0;
                for (Competency competency : framework.competencies()) {
                    for (Indicator indicator : competency.indicators()) {
                        Framework.Recordable found = recordable.get(indicator.id());
                        String where = framework.id() + "/" + indicator.id() + " at level " + level.rank();
                        assertThat(found.located()).as(where).isEqualTo(new Framework.Located(competency, indicator));
                        assertThat(found.position()).as(where).isEqualTo(position++);
                        assertThat(found.expected()).as(where).isEqualTo(current.indicator(indicator.id()).isPresent()
                                || (next != null && next.indicator(indicator.id()).isPresent()));
                        assertThat(found.competencyExpected()).as(where)
                                .isEqualTo(competency.appliesAtLevels().contains(level.rank()));
                    }
                }
                assertThat(recordable).as("%s level %d", framework.id(), level.rank()).hasSize(position)
                        .doesNotContainKey("no-such-indicator");
            }
        }
    }

    @Test
    void theBehavioursALevelIntroducesArePositiveNewAtThatLevelAndInFrameworkOrder() {
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (Level level : framework.levels()) {
                List<Framework.Located> scanned = new ArrayList<>();
                for (Competency competency : framework.expectedAt(level.rank()).competencies()) {
                    competency.indicators().stream().filter(i -> i.polarity() == Polarity.POSITIVE)
                            .filter(i -> i.level() != null && i.level() == level.rank())
                            .forEach(i -> scanned.add(new Framework.Located(competency, i)));
                }
                assertThat(framework.positivesIntroducedAt(level.rank())).as("%s level %d", framework.id(), level.rank())
                        .isEqualTo(scanned);
            }
        }
    }

    @Test
    void idsSortInSourceOrderAndUnknownIdsComeLast() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        List<String> competencies = new ArrayList<>(mk.competencies().stream().map(Competency::id).toList());
        List<String> indicators = new ArrayList<>(mk.competencies().stream()
                .flatMap(c -> c.indicators().stream()).map(Indicator::id).toList());
        List<String> shuffledCompetencies = new ArrayList<>(competencies);
        shuffledCompetencies.add(0, "unknown");
        shuffledCompetencies.sort(Comparator.reverseOrder());
        List<String> shuffledIndicators = new ArrayList<>(indicators);
        shuffledIndicators.sort(Comparator.reverseOrder());

        shuffledCompetencies.sort(mk.competencyOrder());
        shuffledIndicators.sort(mk.indicatorOrder());

        competencies.add("unknown");
        assertThat(shuffledCompetencies).isEqualTo(competencies);
        assertThat(shuffledIndicators).isEqualTo(indicators);
    }

    @Test
    void theIndexIsNoPartOfTheFrameworksValue() {
        Framework mk = LoadedFrameworks.framework("milton-keynes");
        Framework copy = new Framework(mk.id(), mk.title(), mk.council(), mk.levels(), mk.ratingScale(), mk.competencies());

        assertThat(copy).isEqualTo(mk).hasSameHashCodeAs(mk);
        assertThat(copy.index()).isNotSameAs(mk.index());
    }
}
