package dev.ladder.web.page;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * What the review form sent, as typed: nothing is parsed or checked here (that is
 * {@link ReviewFormMapper}'s job, through the API's validation), so that the values can be shown
 * back unchanged when there is a problem.
 *
 * @param period   the period field, trimmed
 * @param ratings  competency id to the chosen rating's value, for the competencies given one
 * @param evidence competency id to its evidence note, for the notes not blank
 * @param observed the ids of the behaviours ticked, in the order sent
 */
record ReviewForm(String period, Map<String, String> ratings, Map<String, String> evidence, Set<String> observed) {

    static final String RATING = "rating-";
    static final String EVIDENCE = "evidence-";
    static final String OBSERVED = "observed";

    ReviewForm {
        ratings = Map.copyOf(ratings);
        evidence = Map.copyOf(evidence);
        observed = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(observed));
    }

    /** An empty form for {@code period}. */
    static ReviewForm blank(String period) {
        return new ReviewForm(period, Map.of(), Map.of(), Set.of());
    }

    /** The form's fields: {@code period}, {@code rating-<competency>}, {@code evidence-<competency>}, {@code observed}. */
    static ReviewForm of(MultiValueMap<String, String> fields) {
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            if (value == null || value.isBlank()) {
                return;
            }
            if (name.startsWith(RATING)) {
                ratings.put(name.substring(RATING.length()), value.strip());
            } else if (name.startsWith(EVIDENCE)) {
                evidence.put(name.substring(EVIDENCE.length()), value.strip());
            }
        });
        List<String> observed = fields.getOrDefault(OBSERVED, List.of());
        String period = fields.getFirst("period");
        return new ReviewForm(period == null ? "" : period.strip(), ratings, evidence,
                new LinkedHashSet<>(observed.stream().filter(v -> v != null && !v.isBlank()).toList()));
    }
}
