package dev.ladder.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.store.ReviewRepository;
import dev.ladder.review.Review;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;

/**
 * Stored reviews and their assessments, in the store's graph {@value #GRAPH}. A review is stored
 * with its assessment in one update request; a later review of the same person and period
 * supersedes the earlier one, which stays in the history. New reviews go through the store's
 * {@link GroupCommit}: reviews submitted at the same moment share one durable transaction, and each
 * submission returns only once it has committed.
 */
@Component
public class ReviewHistory {

    static final String GRAPH = ReviewRepository.GRAPH;

    private final ReviewRepository repository;

    public ReviewHistory(RdfStore store, GroupCommit commits) {
        this.repository = new ReviewRepository(store, commits);
    }

    /** Stores a review and its assessment; the current review of that person and period is superseded. */
    public StoredReview store(Review review, Assessment assessment, String submittedBy) {
        return store(review, assessment, submittedBy, new UpdateRequest());
    }

    /**
     * As {@link #store(Review, Assessment, String)}, and runs {@code alsoWrite} (the submission's audit
     * entry) in the same transaction: the review and it are stored together or not at all.
     */
    public StoredReview store(Review review, Assessment assessment, String submittedBy, UpdateRequest alsoWrite) {
        StoredReview stored = new StoredReview(UUID.randomUUID().toString(), Instant.now(), submittedBy, review,
                assessment, null);
        repository.insert(List.of(stored), alsoWrite);
        return stored;
    }

    /**
     * Stores many reviews with their assessments in ONE update request (one transaction: all or none).
     * Supersedes as {@link #store} does: each review supersedes the current stored review of that person
     * and period, and within the batch a later review of the same person and period supersedes an
     * earlier one. Reviews get increasing {@code submittedAt} times in batch order.
     *
     * @return the stored reviews, in batch order
     */
    public List<StoredReview> storeAll(List<AssessedReview> reviews, String submittedBy) {
        return storeAll(reviews, submittedBy, new UpdateRequest());
    }

    /**
     * As {@link #storeAll(List, String)}, and runs {@code alsoWrite} (the import's audit entry) in the
     * same transaction. With no reviews, only {@code alsoWrite} is written.
     */
    public List<StoredReview> storeAll(List<AssessedReview> reviews, String submittedBy, UpdateRequest alsoWrite) {
        if (reviews.isEmpty()) {
            repository.insert(List.of(), alsoWrite);
            return List.of();
        }
        Instant start = Instant.now();
        String[] ids = new String[reviews.size()];
        String[] supersededBy = new String[reviews.size()];
        Map<String, Integer> lastOfKey = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            ids[i] = UUID.randomUUID().toString();
            Review review = reviews.get(i).review();
            Integer earlier = lastOfKey.put(review.employeeId() + "\t" + review.period(), i);
            if (earlier != null) {
                supersededBy[earlier] = ids[i];
            }
        }
        List<StoredReview> stored = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            stored.add(new StoredReview(ids[i], start.plusNanos(i * 1000L), submittedBy, reviews.get(i).review(),
                    reviews.get(i).assessment(), supersededBy[i]));
        }
        repository.insert(stored, alsoWrite);
        return stored;
    }

    /** Every review of a person, current and superseded, oldest first. */
    public List<StoredReview> of(String employeeId) {
        return repository.ofPerson(employeeId);
    }

    /** The current review of the latest period, if any. */
    public Optional<StoredReview> latest(String employeeId) {
        return repository.latest(employeeId);
    }

    /** The current review of the latest period before {@code period}: what "the previous review" means. */
    public Optional<Review> previous(String employeeId, String period) {
        return repository.previous(employeeId, period);
    }

    /** Erases every review of a person; returns how many there were. */
    public int erase(String employeeId) {
        int count = of(employeeId).size();
        repository.erase(employeeId);
        return count;
    }

    /** Every current review with its newest assessment, one at a time (for building report snapshots). */
    public void eachCurrent(java.util.function.BiConsumer<Review, Assessment> each) {
        repository.eachCurrent(each);
    }

    /**
     * Every current review (one per person and period) with its newest assessment, read in one query.
     * Its memory grows with the store (more than 4 GB at 100,000 reviews): a re-assessment reads
     * {@link #currentBriefly} and then {@link #currentOf} a group of people at a time instead.
     */
    public List<CurrentReview> current() {
        return repository.current();
    }

    /** The current reviews of these people with their newest assessments, in one query (replicas' refresh). */
    public List<CurrentReview> currentOf(java.util.Collection<String> employeeIds) {
        return repository.currentOf(employeeIds);
    }

    /**
     * Every current review (one per person and period) with only the rule-set version and time of its
     * newest assessment, read in one query without the assessments' JSON: for a preview that takes the
     * outcomes of the rule set in service from elsewhere (the report snapshot). The reviews themselves are
     * read only for the frameworks {@code readReviewOfFramework} accepts; {@link #withReviews} reads others
     * that turn out to be needed.
     */
    public List<CurrentReviewBrief> currentBriefly(java.util.function.Predicate<String> readReviewOfFramework) {
        return repository.currentBriefly(readReviewOfFramework);
    }

    /**
     * {@code briefs} with every review read that {@link #currentBriefly} left unread and {@code needed}
     * asks for (a review erased meanwhile stays unread).
     */
    public List<CurrentReviewBrief> withReviews(List<CurrentReviewBrief> briefs,
                                                java.util.function.IntPredicate needed) {
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < briefs.size(); i++) {
            if (!briefs.get(i).read() && needed.test(i)) {
                missing.add(briefs.get(i).id());
            }
        }
        if (missing.isEmpty()) {
            return briefs;
        }
        java.util.Map<String, dev.ladder.review.Review> read = repository.reviews(missing);
        return briefs.stream().map(b -> b.read() || !read.containsKey(b.id()) ? b : b.withReview(read.get(b.id()))).toList();
    }

    /**
     * Stores new assessments of stored reviews in one transaction, beside the ones they have; each
     * becomes its review's newest (what {@link #of}, {@link #latest}, {@link #eachCurrent} and reports use).
     */
    public void addAssessments(List<Reassessed> assessments, Instant assessedAt) {
        repository.addAssessments(assessments, assessedAt);
    }

    /** The stored review with this id, current or superseded. */
    public Optional<StoredReview> find(String id) {
        return repository.byId(id);
    }
}
