package dev.ladder.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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
    /** The latest millisecond {@link #now} has given. */
    private final AtomicLong lastMillis = new AtomicLong();

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
        StoredReview stored = new StoredReview(UUID.randomUUID().toString(), now(), submittedBy, review,
                assessment, null);
        repository.insert(List.of(stored), alsoWrite);
        return stored;
    }

    /**
     * Stores many reviews with their assessments in ONE update request (one transaction: all or none).
     * Supersedes as {@link #store} does: each review supersedes the current stored review of that person
     * and period, and within the batch a later review of the same person and period supersedes an
     * earlier one. A person's reviews get increasing {@code submittedAt} times in batch order, a
     * millisecond apart (see {@link #now}).
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
        String[] ids = new String[reviews.size()];
        String[] supersededBy = new String[reviews.size()];
        Map<String, Integer> lastOfKey = new HashMap<>();
        // how many of the same person's reviews come before each in the batch: its milliseconds after the start
        int[] afterStart = new int[reviews.size()];
        Map<String, Integer> ofPerson = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            ids[i] = UUID.randomUUID().toString();
            Review review = reviews.get(i).review();
            afterStart[i] = ofPerson.merge(review.employeeId(), 1, Integer::sum) - 1;
            Integer earlier = lastOfKey.put(review.employeeId() + "\t" + review.period(), i);
            if (earlier != null) {
                supersededBy[earlier] = ids[i];
            }
        }
        Instant start = times(Collections.max(ofPerson.values()));
        List<StoredReview> stored = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            stored.add(new StoredReview(ids[i], start.plusMillis(afterStart[i]), submittedBy, reviews.get(i).review(),
                    reviews.get(i).assessment(), supersededBy[i]));
        }
        repository.insert(stored, alsoWrite);
        return stored;
    }

    /**
     * The time a review is stored at: now, to the millisecond, and later than any this process gave
     * before (so a person's reviews never tie in time order; when more than one review a millisecond is
     * stored, the times run ahead of the clock by the excess). Not finer: TDB2 keeps a date-time of
     * millisecond precision inside its indexes, but writes a finer one (Java's clock gives microseconds)
     * to its node file, which it reads back a few bytes per system call: reading 100,000 reviews' times
     * took 2.1-2.7 s instead of 0.4-0.6 s (docs/benchmarks.md, "Session of 2026-12-04").
     */
    Instant now() {
        return times(1);
    }

    /** The first of {@code count} consecutive milliseconds reserved as {@link #now} gives one. */
    private Instant times(int count) {
        long last = lastMillis.accumulateAndGet(System.currentTimeMillis(),
                (before, clock) -> Math.max(before + 1, clock) + count - 1);
        return Instant.ofEpochMilli(last - (count - 1));
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
