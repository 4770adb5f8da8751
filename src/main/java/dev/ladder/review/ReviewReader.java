package dev.ladder.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads review JSON into a {@link Review}, collecting every structural problem with its JSON path:
 * malformed JSON, missing required fields, wrong types and unknown fields (usually a typo).
 */
public final class ReviewReader {

    private static final Set<String> REVIEW_FIELDS =
            Set.of("employeeId", "framework", "level", "period", "department", "name", "ratings", "observed");
    private static final Set<String> RATING_FIELDS = Set.of("competency", "rating", "comment");
    private static final Set<String> OBSERVED_FIELDS = Set.of("indicator", "evidence");

    private final JsonMapper json = JsonMapper.builder().build();

    /** The review, or {@link InvalidReview} listing every problem. */
    public Review read(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidReview(List.of(new ReviewProblem("$", "malformed JSON" + where + ": "
                    + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidReview(List.of(new ReviewProblem("$", "expected a JSON object (the review)")));
        }
        Fields fields = new Fields(root, "$", REVIEW_FIELDS);
        String employeeId = fields.requiredText("employeeId");
        String framework = fields.requiredText("framework");
        Integer level = fields.requiredInt("level");
        String period = fields.requiredText("period");
        String department = fields.optionalText("department");
        String name = fields.optionalText("name");
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        fields.optionalArray("ratings", RATING_FIELDS, rating -> {
            String competency = rating.requiredText("competency");
            Integer value = rating.requiredInt("rating");
            String comment = rating.optionalText("comment");
            if (competency != null && value != null) {
                ratings.add(new Review.CompetencyRating(competency, value, comment));
            }
        });
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        fields.optionalArray("observed", OBSERVED_FIELDS, behaviour -> {
            String indicator = behaviour.requiredText("indicator");
            String evidence = behaviour.optionalText("evidence");
            if (indicator != null) {
                observed.add(new Review.ObservedBehaviour(indicator, evidence));
            }
        });
        if (!fields.problems().isEmpty()) {
            throw new InvalidReview(fields.problems());
        }
        return new Review(employeeId, framework, level, period, department, name, ratings, observed);
    }
}
