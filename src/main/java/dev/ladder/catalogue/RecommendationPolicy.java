package dev.ladder.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy values the {@link Recommender} follows, as the rule set in service states them
 * ({@code rules/recommendations.drl.csv}): none of them is written into Java.
 *
 * @param perNeed    how many resources, at most, for one need
 * @param mix        way of learning → how many picks of it before a way of learning is repeated
 * @param modeOfType resource type ("coaching"…) → the way of learning it counts as
 * @param order      what makes a resource come first, most important first; the rest by title
 */
public record RecommendationPolicy(int perNeed, Map<LearningMode, Integer> mix, Map<String, LearningMode> modeOfType,
                                   List<Preference> order) {

    public RecommendationPolicy {
        mix = Map.copyOf(mix);
        modeOfType = Map.copyOf(modeOfType);
        order = List.copyOf(order);
    }

    /** The way of learning of a resource, by its type; empty when the policy does not say. */
    public Optional<LearningMode> modeOf(LearningResource resource) {
        return Optional.ofNullable(modeOfType.get(resource.type()));
    }
}
