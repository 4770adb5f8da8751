package dev.ladder.framework;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The look-ups of one {@link Framework}, built once with it: indicators (with their competency),
 * competencies and levels by id or rank, and, filled on first use and then kept, what each level
 * expects and the positive behaviours each level introduces. Thread-safe.
 *
 * <p>Derived wholly from the framework's other components, so it is no part of the framework's value:
 * any two indexes are equal, and it prints as nothing.
 */
public final class FrameworkIndex {

    private final Map<String, Framework.Located> indicators = new HashMap<>();
    private final Map<String, Competency> competencies = new HashMap<>();
    private final Map<Integer, Level> levels = new HashMap<>();
    private final Map<String, Integer> competencyPositions = new HashMap<>();
    private final Map<String, Integer> indicatorPositions = new HashMap<>();
    private final Comparator<String> competencyOrder = Comparator.comparingInt(id -> position(competencyPositions, id));
    private final Comparator<String> indicatorOrder = Comparator.comparingInt(id -> position(indicatorPositions, id));
    private final Map<Integer, Framework> expected = new ConcurrentHashMap<>();
    private final Map<Integer, List<Framework.Located>> introduced = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Framework.Recordable>> recordable = new ConcurrentHashMap<>();

    FrameworkIndex(List<Level> levels, List<Competency> competencies) {
        // The first of a duplicate id wins, as a scan in source order would find it.
        levels.forEach(level -> this.levels.putIfAbsent(level.rank(), level));
        for (Competency competency : competencies) {
            this.competencies.putIfAbsent(competency.id(), competency);
            competencyPositions.putIfAbsent(competency.id(), competencyPositions.size());
            for (Indicator indicator : competency.indicators()) {
                indicators.putIfAbsent(indicator.id(), new Framework.Located(competency, indicator));
                indicatorPositions.putIfAbsent(indicator.id(), indicatorPositions.size());
            }
        }
    }

    Framework.Located indicator(String id) {
        return indicators.get(id);
    }

    Competency competency(String id) {
        return competencies.get(id);
    }

    Level level(int rank) {
        return levels.get(rank);
    }

    Comparator<String> competencyOrder() {
        return competencyOrder;
    }

    Comparator<String> indicatorOrder() {
        return indicatorOrder;
    }

    private static int position(Map<String, Integer> positions, String id) {
        Integer position = positions.get(id);
        return position == null ? Integer.MAX_VALUE : position;
    }

    Framework expectedAt(int rank, IntFunction<Framework> build) {
        return kept(expected, rank, build);
    }

    List<Framework.Located> positivesIntroducedAt(int rank, IntFunction<List<Framework.Located>> build) {
        return kept(introduced, rank, build);
    }

    Map<String, Framework.Recordable> recordableAt(int rank, IntFunction<Map<String, Framework.Recordable>> build) {
        return kept(recordable, rank, build);
    }

    /** What {@code build} makes for {@code rank}, built once and kept for the framework's own levels. */
    private <T> T kept(Map<Integer, T> kept, int rank, IntFunction<T> build) {
        T known = kept.get(rank);
        if (known != null) {
            return known;
        }
        // Kept for the framework's own levels only, so that odd ranks asked about cannot grow it.
        return levels.containsKey(rank) ? kept.computeIfAbsent(rank, build::apply) : build.apply(rank);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrameworkIndex;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "index";
    }
}
