package dev.ladder.web;

import java.util.List;
import java.util.Map;

import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Employee;
import io.swagger.v3.oas.models.media.Schema;

/**
 * What the schemas springdoc derives from the records cannot say: which fields a review must have
 * (the records live in packages that know nothing of the web) and what the values mean. The rules
 * themselves are {@link dev.ladder.review.ReviewReader}'s; this only describes them.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    /** {@code POST /api/employees/import}: the answer (the controller answers a map of this shape). */
    record Imported(int imported) {
    }

    /** {@code POST /api/reviews/import}: the answer. */
    record Stored(int stored) {
    }

    /** {@code DELETE /api/employees/{id}}: the answer. */
    record Erased(String employeeId, int reviewsErased, boolean erased) {
    }

    /** {@code GET /api/employees/{id}/record}: everything held about a person. */
    record PersonalRecord(Employee employee, List<StoredReview> reviews) {
    }

    static void describe(Map<String, Schema> schemas) {
        describe(schemas, "Review", "A performance review as a reviewing manager records it. Ids refer to the"
                        + " framework (GET /api/frameworks/{id}). Unknown fields are refused, each problem with its"
                        + " JSON path.",
                List.of("employeeId", "framework", "level", "period"), Map.of(
                        "employeeId", "The person reviewed: their id in the organisation register",
                        "framework", "Id of the competency framework, e.g. milton-keynes",
                        "level", "Rank of the person's current level in the framework",
                        "period", "The review period, e.g. 2026; periods of one person sort in time order",
                        "department", "Optional, for organisation-wide reports",
                        "name", "Optional display name",
                        "ratings", "Competencies rated on the framework's rating scale",
                        "observed", "Behaviours (indicators) the reviewer saw, positive or red flags"));
        describe(schemas, "CompetencyRating", "One competency rated on the framework's rating scale",
                List.of("competency", "rating"), Map.of(
                        "competency", "Competency id in the framework",
                        "rating", "A value of the rating scale",
                        "comment", "Optional"));
        describe(schemas, "ObservedBehaviour", "One behaviour (indicator) the reviewer saw",
                List.of("indicator"), Map.of(
                        "indicator", "Indicator id in the framework",
                        "evidence", "Optional: what was seen"));
        describe(schemas, "StoredReview", "A review as stored, with its newest assessment: the one made when it was"
                        + " stored, or the latest re-assessment under a later rule set",
                List.of(), Map.of(
                        "id", "Stable id of this stored review",
                        "supersededBy", "Id of a later review of the same person and period, or null while current",
                        "earlierAssessments", "The assessments made before the newest one, oldest first (each with its"
                                + " ruleSetVersion); empty when the review was never re-assessed"));
    }

    @SuppressWarnings("unchecked")
    private static void describe(Map<String, Schema> schemas, String name, String description, List<String> required,
                                 Map<String, String> fields) {
        Schema<?> schema = schemas.get(name);
        if (schema == null) {
            return;
        }
        schema.setDescription(description);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        Map<String, Schema> properties = schema.getProperties();
        fields.forEach((field, text) -> {
            if (properties != null && properties.get(field) != null) {
                properties.get(field).setDescription(text);
            }
        });
    }
}
