package dev.ladder.framework;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An immutable snapshot of one council's framework, built once per load from its graph.
 *
 * <p>What a level expects is the same rule for every council, driven by the data: a competency is
 * expected at the levels it applies at, and of its indicators those introduced at that level or below.
 * That gives Milton Keynes and Leicester their cumulative levels, and Cambridge its Core-for-staff,
 * Core-plus-first-line-manager and senior-manager-only levels.
 *
 * <p>Look-ups by id and what each level expects go through {@link FrameworkIndex}, built once with the
 * framework: every assessment asks them many times, and a scan of a few hundred indicators per question
 * was most of its cost.
 *
 * @param index built from the other components (the argument is ignored: pass null); not part of the
 *              framework's value or of its JSON
 */
public record Framework(String id, String title, String council, List<Level> levels,
                        RatingScale ratingScale, List<Competency> competencies, @JsonIgnore FrameworkIndex index) {

    public Framework {
        levels = List.copyOf(levels);
        competencies = List.copyOf(competencies);
        index = new FrameworkIndex(levels, competencies);
    }

    public Framework(String id, String title, String council, List<Level> levels, RatingScale ratingScale,
                     List<Competency> competencies) {
        this(id, title, council, levels, ratingScale, competencies, null);
    }

    public Optional<Level> level(int rank) {
        return Optional.ofNullable(index.level(rank));
    }

    /**
     * The competencies and indicators expected at the level of {@code rank}, in the same shape. Built
     * once per rank and kept.
     */
    public Framework expectedAt(int rank) {
        return index.expectedAt(rank, r -> new Framework(id, title, council, levels, ratingScale, competencies.stream()
                .filter(competency -> competency.appliesAt(r))
                .map(competency -> competency.expectedAt(r))
                .toList()));
    }

    /** The rank above {@code rank}, if the framework has one. */
    public Optional<Integer> nextRank(int rank) {
        return level(rank + 1).map(Level::rank);
    }

    /** The indicator with this id and its competency, if the framework has it. */
    public Optional<Located> indicator(String indicatorId) {
        return Optional.ofNullable(index.indicator(indicatorId));
    }

    /**
     * The positive behaviours that the level of {@code rank} introduces (introduced at exactly that
     * rank) in the competencies it expects, with their competency, in framework order. Kept per rank.
     */
    public List<Located> positivesIntroducedAt(int rank) {
        return index.positivesIntroducedAt(rank, r -> expectedAt(r).competencies().stream()
                .flatMap(competency -> competency.indicators().stream()
                        .filter(i -> i.polarity() == Polarity.POSITIVE && i.level() != null && i.level() == r)
                        .map(i -> new Located(competency, i)))
                .toList());
    }

    /** Competency ids in framework (source) order; ids the framework does not have come last. */
    public Comparator<String> competencyOrder() {
        return index.competencyOrder();
    }

    /** Indicator ids in framework (source) order; ids the framework does not have come last. */
    public Comparator<String> indicatorOrder() {
        return index.indicatorOrder();
    }

    /** An indicator together with the competency it shows. */
    public record Located(Competency competency, Indicator indicator) {
    }

    /**
     * Every indicator of the framework by id, as a review at the level of {@code rank} may record it:
     * with whether that level or the next one expects it. Built once per rank and kept: every review
     * validated and assessed asks this of each behaviour it records, so one look-up answers it.
     */
    public Map<String, Recordable> recordableAt(int rank) {
        return index.recordableAt(rank, r -> {
            Framework current = expectedAt(r);
            Framework next = nextRank(r).map(this::expectedAt).orElse(null);
            Map<String, Recordable> byId = new HashMap<>();
            for (Competency competency : competencies) {
                for (Indicator indicator : competency.indicators()) {
                    String id = indicator.id();
                    if (!byId.containsKey(id)) { // the first of a duplicate id, as indicator(id) finds it
                        byId.put(id, new Recordable(index.indicator(id), byId.size(),
                                current.indicator(id).isPresent() || (next != null && next.indicator(id).isPresent()),
                                current.competency(competency.id()).isPresent()));
                    }
                }
            }
            return Map.copyOf(byId);
        });
    }

    /**
     * An indicator as a review at one level may record it.
     *
     * @param position             its place among the framework's indicators (source order, from 0)
     * @param expected             whether the level or the next one expects it: a review may record only these
     * @param competencyExpected   whether its competency is expected at the level itself
     */
    public record Recordable(Located located, int position, boolean expected, boolean competencyExpected) {
    }

    public Optional<Competency> competency(String competencyId) {
        return Optional.ofNullable(index.competency(competencyId));
    }
}
