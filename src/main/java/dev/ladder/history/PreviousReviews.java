package dev.ladder.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ladder.review.Period;
import dev.ladder.review.Review;

/**
 * "The previous review" inside a batch of reviews (a CSV file, a demo batch): for each review, the
 * latest review of the same person with an earlier period (in {@link Period} order). The batch need not be in period order;
 * when a person has two reviews of the same period, the later one in the batch counts (it supersedes
 * the earlier one, as a resubmission does).
 */
public final class PreviousReviews {

    /** Periods in time order ({@link Period}). */
    private static final Comparator<String> ORDER = Period.TEXT_ORDER;

    private PreviousReviews() {
    }

    /** For each review of {@code batch}, by position, its previous review within the batch. */
    public static List<Optional<Review>> within(List<Review> batch) {
        Map<String, List<Integer>> byEmployee = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byEmployee.computeIfAbsent(batch.get(i).employeeId(), id -> new ArrayList<>()).add(i);
        }
        List<Optional<Review>> previous = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Review review = batch.get(i);
            Review best = null;
            for (int j : byEmployee.get(review.employeeId())) {
                Review other = batch.get(j);
                if (ORDER.compare(other.period(), review.period()) < 0
                        && (best == null || ORDER.compare(other.period(), best.period()) >= 0)) {
                    best = other;
                }
            }
            previous.add(Optional.ofNullable(best));
        }
        return previous;
    }

    /**
     * For each of {@code current} (every current stored review, one per person and period), by position,
     * the same person's current review of the latest earlier period: what "the previous review" is
     * when it is assessed again; null when there is none.
     */
    public static List<CurrentReview> amongCurrent(List<CurrentReview> current) {
        Map<String, List<Integer>> byEmployee = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            byEmployee.computeIfAbsent(current.get(i).review().employeeId(), id -> new ArrayList<>()).add(i);
        }
        List<CurrentReview> previous = new ArrayList<>(java.util.Collections.nCopies(current.size(), null));
        for (List<Integer> positions : byEmployee.values()) {
            if (positions.size() < 2) {
                continue;
            }
            positions.sort(Comparator.comparing((Integer i) -> current.get(i).review().period(), ORDER));
            for (int k = 1; k < positions.size(); k++) {
                int before = k - 1;
                // two current reviews of one period cannot both be current; if they were, skip the tie
                while (before >= 0 && ORDER.compare(current.get(positions.get(before)).review().period(),
                        current.get(positions.get(k)).review().period()) == 0) {
                    before--;
                }
                previous.set(positions.get(k), before < 0 ? null : current.get(positions.get(before)));
            }
        }
        return previous;
    }

    /** The later of two candidates by period; {@code batch} wins a tie (it supersedes the stored one). */
    static Optional<Review> later(Optional<Review> stored, Optional<Review> batch) {
        if (batch.isEmpty()) {
            return stored;
        }
        if (stored.isEmpty() || ORDER.compare(batch.get().period(), stored.get().period()) >= 0) {
            return batch;
        }
        return stored;
    }
}
