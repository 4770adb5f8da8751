package dev.ladder.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads review JSON, collecting every structural problem with its JSON path: malformed JSON,
 * duplicate keys, missing required fields, wrong types and unknown fields (usually a typo). It reads
 * on past a problem, so that the review can still be checked against its framework
 * ({@link ReviewValidator#check(ReviewReading)}) and every problem reported at once.
 */
public final class ReviewReader {

    private static final Set<String> REVIEW_FIELDS =
            Set.of("employeeId", "framework", "level", "period", "department", "name", "ratings", "observed");
    private static final Set<String> RATING_FIELDS = Set.of("competency", "rating", "comment");
    private static final Set<String> OBSERVED_FIELDS = Set.of("indicator", "evidence");

    private final JsonMapper json = JsonMapper.builder().build();
    /**
     * The same reader refusing a key given twice. Nearly every body has none, and is then read once; a
     * refusal reads it again as it stands and lets {@link DuplicateKeys} find every repeat with its path
     * (Jackson's check stops at the first). Reading every body twice was 3 % of the server's CPU under
     * {@code POST /api/assessments}.
     */
    private final JsonMapper once = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** The review as far as it could be read, with every structural problem. */
    public ReviewReading read(String body) {
        String text = body == null ? "" : body;
        JsonNode root;
        boolean repeatedKey;
        try {
            root = readOnce(text);
            repeatedKey = root == null;
            root = repeatedKey ? json.readTree(text) : root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return unreadable(new ReviewProblem("$", "malformed JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return unreadable(new ReviewProblem("$", "expected a JSON object (the review)"));
        }
        List<ReviewProblem> problems = new ArrayList<>(repeatedKey ? DuplicateKeys.in(json, text) : List.of());
        Fields fields = new Fields(root, "$", REVIEW_FIELDS);
        String employeeId = fields.requiredText("employeeId");
        String framework = fields.requiredText("framework");
        Integer level = fields.requiredInt("level");
        String period = fields.requiredText("period");
        String department = fields.optionalText("department");
        String name = fields.optionalText("name");
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        List<Integer> ratingPositions = new ArrayList<>();
        fields.optionalArray("ratings", RATING_FIELDS, (rating, position) -> {
            String competency = rating.requiredText("competency");
            Integer value = rating.requiredInt("rating");
            String comment = rating.optionalText("comment");
            if (competency != null && value != null) {
                ratings.add(new Review.CompetencyRating(competency, value, comment));
                ratingPositions.add(position);
            }
        });
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        List<Integer> observedPositions = new ArrayList<>();
        fields.optionalArray("observed", OBSERVED_FIELDS, (behaviour, position) -> {
            String indicator = behaviour.requiredText("indicator");
            String evidence = behaviour.optionalText("evidence");
            if (indicator != null) {
                observed.add(new Review.ObservedBehaviour(indicator, evidence));
                observedPositions.add(position);
            }
        });
        problems.addAll(fields.problems());
        // Without a framework and a level nothing can be checked against the framework.
        Review review = framework == null || level == null ? null
                : new Review(employeeId, framework, level, period, department, name, ratings, observed);
        return new ReviewReading(review, problems, ratingPositions, observedPositions);
    }

    /** The tree of {@code text}; null when a key is given twice in it (the only mismatch a tree read reports). */
    private JsonNode readOnce(String text) {
        try {
            return once.readTree(text);
        } catch (MismatchedInputException repeated) {
            return null;
        }
    }

    private static ReviewReading unreadable(ReviewProblem problem) {
        return new ReviewReading(null, List.of(problem), List.of(), List.of());
    }
}
