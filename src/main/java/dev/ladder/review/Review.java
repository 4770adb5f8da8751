package dev.ladder.review;

import java.util.List;

/**
 * What a reviewing manager recorded in one performance review: ratings of competencies and the
 * behaviours they saw. Ids refer to the framework ({@code GET /api/frameworks/{id}}).
 *
 * @param level      rank of the employee's current level in the framework
 * @param period     the review period, e.g. "2026"; periods of one employee sort in time order
 * @param department optional, for organisation-wide reports
 * @param name       optional display name
 */
public record Review(String employeeId, String framework, int level, String period, String department,
                     String name, List<CompetencyRating> ratings, List<ObservedBehaviour> observed) {

    public Review {
        ratings = List.copyOf(ratings);
        observed = List.copyOf(observed);
    }

    /** One competency rated on the framework's rating scale. */
    public record CompetencyRating(String competency, int rating, String comment) {
    }

    /** One behaviour (indicator) the reviewer saw, positive or a red flag. */
    public record ObservedBehaviour(String indicator, String evidence) {
    }
}
