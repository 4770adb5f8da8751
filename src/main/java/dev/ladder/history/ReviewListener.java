package dev.ladder.history;

/** Told after a review is stored, e.g. to keep report snapshots current. */
public interface ReviewListener {

    void stored(StoredReview review);

    /** Told after all reviews of a person were erased. */
    default void erased(String employeeId) {
    }

    /** Told after stored reviews got newer assessments (a re-assessment under a new rule set). */
    default void reassessed() {
    }
}
