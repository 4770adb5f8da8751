package dev.ladder.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The look-ups of one {@link CatalogueSnapshot}, built once with it: the resources that develop a
 * theme of each competency, those designed to change each behaviour, and the resource types. A need
 * then looks at its few candidates, already in title order, instead of sorting the whole catalogue.
 *
 * <p>Derived wholly from the snapshot's other components, so it is no part of its value: any two
 * indexes are equal, and it prints as nothing.
 */
public final class CatalogueIndex {

    /** The catalogue's resources in title order (catalogue order among equal titles), so candidates come out ranked by title. */
    private final List<LearningResource> resources;
    /** framework id → competency id → positions (in {@link #resources}) of those developing one of its themes. */
    private final Map<String, Map<String, int[]>> developing = new HashMap<>();
    /** {@code framework/indicator} key → positions of the resources designed to change that behaviour. */
    private final Map<String, int[]> addressing;
    private final List<String> types;
    private static final int[] NONE = {};

    CatalogueIndex(List<LearningResource> catalogue, Map<String, Map<String, List<String>>> competencyThemes) {
        List<LearningResource> resources = new ArrayList<>(catalogue);
        resources.sort(Comparator.comparing(LearningResource::title)); // stable: equal titles keep catalogue order
        this.resources = List.copyOf(resources);
        Map<String, List<Integer>> byTheme = new HashMap<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (int i = 0; i < resources.size(); i++) {
            LearningResource resource = resources.get(i);
            int position = i;
            resource.themes().forEach(theme -> byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(position));
            resource.addresses().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(position));
            types.add(resource.type());
        }
        competencyThemes.forEach((framework, competencies) -> {
            Map<String, int[]> ofFramework = new HashMap<>();
            competencies.forEach((competency, themes) -> {
                BitSet positions = new BitSet(resources.size());
                themes.forEach(theme -> byTheme.getOrDefault(theme, List.of()).forEach(positions::set));
                ofFramework.put(competency, positions.stream().toArray());
            });
            developing.put(framework, ofFramework);
        });
        Map<String, int[]> addressing = new HashMap<>();
        byKey.forEach((key, positions) -> addressing.put(key, positions.stream().mapToInt(Integer::intValue).toArray()));
        this.addressing = addressing;
        this.types = List.copyOf(types);
    }

    /**
     * The resources that develop a theme of the competency or are designed to change one of the
     * {@code flagged} behaviours ({@code framework/indicator} keys), by title (catalogue order among equal
     * titles): the order {@link Recommender} ranks the rest by.
     */
    List<LearningResource> candidates(String framework, String competency, Collection<String> flagged) {
        int[] themed = developing.getOrDefault(framework, Map.of()).getOrDefault(competency, NONE);
        BitSet positions = null;
        for (String key : flagged) {
            int[] aimed = addressing.get(key);
            if (aimed != null) {
                if (positions == null) {
                    positions = new BitSet(resources.size());
                    for (int position : themed) {
                        positions.set(position);
                    }
                }
                for (int position : aimed) {
                    positions.set(position);
                }
            }
        }
        List<LearningResource> candidates = new ArrayList<>(positions == null ? themed.length : positions.cardinality());
        if (positions == null) {
            for (int position : themed) {
                candidates.add(resources.get(position));
            }
        } else {
            positions.stream().forEach(position -> candidates.add(resources.get(position)));
        }
        return candidates;
    }

    /** The types of the catalogue's resources, sorted. */
    List<String> types() {
        return types;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogueIndex;
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
