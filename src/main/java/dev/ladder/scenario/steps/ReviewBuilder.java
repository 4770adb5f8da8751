package dev.ladder.scenario.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The review a scenario writes, step by step, in the JSON of the API contract
 * ({@code POST /api/assessments}). Ids only: the steps translate titles and texts.
 */
final class ReviewBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String framework;
    private final int level;
    private final String period;
    private final Map<String, Integer> ratings = new LinkedHashMap<>();
    private final List<String> observed = new ArrayList<>();

    ReviewBuilder(String framework, int level, String period) {
        this.framework = framework;
        this.level = level;
        this.period = period;
    }

    String framework() {
        return framework;
    }

    int level() {
        return level;
    }

    /** Rates a competency, replacing an earlier rating of it. */
    ReviewBuilder rated(String competency, int rating) {
        ratings.put(competency, rating);
        return this;
    }

    ReviewBuilder unrated(String competency) {
        ratings.remove(competency);
        return this;
    }

    ReviewBuilder unobserved(String indicator) {
        observed.remove(indicator);
        return this;
    }

    /** Records a behaviour once, however many steps mention it. */
    ReviewBuilder observed(String indicator) {
        if (!observed.contains(indicator)) {
            observed.add(indicator);
        }
        return this;
    }

    String json() {
        ObjectNode review = JSON.createObjectNode();
        review.put("employeeId", "E1001");
        review.put("framework", framework);
        review.put("level", level);
        review.put("period", period);
        ArrayNode ratingNodes = review.putArray("ratings");
        ratings.forEach((competency, rating) -> ratingNodes.addObject().put("competency", competency).put("rating", rating));
        ArrayNode observedNodes = review.putArray("observed");
        observed.forEach(indicator -> observedNodes.addObject().put("indicator", indicator));
        return JSON.writeValueAsString(review);
    }
}
