package dev.ladder.catalogue;

import java.util.List;
import java.util.Set;

/**
 * One resource of the L&D catalogue.
 *
 * @param type      "course", "e-learning", "coaching", "mentoring", "on-the-job", "shadowing" or "reading";
 *                  the way of learning each type counts as is policy ({@link RecommendationPolicy})
 * @param themes    ids of the themes it develops
 * @param audiences who it is aimed at; empty means everyone
 * @param addresses behaviours it is designed to change, as {@code framework/indicator} keys
 */
public record LearningResource(String id, String title, String description, String type, String effort,
                               List<String> themes, Set<Audience> audiences, Set<String> addresses) {

    public LearningResource {
        themes = List.copyOf(themes);
        audiences = Set.copyOf(audiences);
        addresses = Set.copyOf(addresses);
    }

    boolean suits(Audience audience) {
        return audiences.isEmpty() || audiences.contains(audience);
    }
}
