package dev.ladder.framework;

import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of one council's framework, built once per load from its graph.
 *
 * <p>What a level expects is the same rule for every council, driven by the data: a competency is
 * expected at the levels it applies at, and of its indicators those introduced at that level or below.
 * That gives Milton Keynes and Leicester their cumulative levels, and Cambridge its Core-for-staff,
 * Core-plus-first-line-manager and senior-manager-only levels.
 */
public record Framework(String id, String title, String council, List<Level> levels,
                        RatingScale ratingScale, List<Competency> competencies) {

    public Framework {
        levels = List.copyOf(levels);
        competencies = List.copyOf(competencies);
    }

    public Optional<Level> level(int rank) {
        return levels.stream().filter(level -> level.rank() == rank).findFirst();
    }

    /** The competencies and indicators expected at the level of {@code rank}, in the same shape. */
    public Framework expectedAt(int rank) {
        return new Framework(id, title, council, levels, ratingScale, competencies.stream()
                .filter(competency -> competency.appliesAt(rank))
                .map(competency -> competency.expectedAt(rank))
                .toList());
    }

    /** The rank above {@code rank}, if the framework has one. */
    public Optional<Integer> nextRank(int rank) {
        return level(rank + 1).map(Level::rank);
    }

    /** The indicator with this id and its competency, if the framework has it. */
    public Optional<Located> indicator(String indicatorId) {
        for (Competency competency : competencies) {
            for (Indicator indicator : competency.indicators()) {
                if (indicator.id().equals(indicatorId)) {
                    return Optional.of(new Located(competency, indicator));
                }
            }
        }
        return Optional.empty();
    }

    /** An indicator together with the competency it shows. */
    public record Located(Competency competency, Indicator indicator) {
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }
}
