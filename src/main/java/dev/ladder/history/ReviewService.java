package dev.ladder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;
import dev.ladder.review.ReviewValidator;

/**
 * Submitting a review: check it (as {@code POST /api/assessments} does, and that the person is in the
 * register under that framework and at that level), assess it with the person's previous review taken into account,
 * and store review and assessment together. A rejected review stores nothing.
 */
@Component
public class ReviewService {

    private final ReviewValidator validator;
    private final Assessor assessor;
    private final ReviewHistory history;
    private final Organisation organisation;
    private final List<ReviewListener> listeners;

    public ReviewService(ReviewValidator validator, Assessor assessor, ReviewHistory history, Organisation organisation,
                         List<ReviewListener> listeners) {
        this.validator = validator;
        this.assessor = assessor;
        this.history = history;
        this.organisation = organisation;
        this.listeners = List.copyOf(listeners);
    }

    public StoredReview submit(Review review, String submittedBy) {
        return submit(review, submittedBy, new UpdateRequest());
    }

    /**
     * As {@link #submit(Review, String)}, with {@code alsoWrite} (the submission's audit entry, say) run in
     * the transaction that stores the review: both are stored, or neither. The check and the assessment
     * happen first, on the caller's thread; the transaction may be shared with other submissions of the
     * same moment (group commit), and this returns once it has committed.
     */
    public StoredReview submit(Review review, String submittedBy, UpdateRequest alsoWrite) {
        checkAgainstRegister(review);
        // the whole check, text included: the assessor only checks what the frameworks say of the review
        validator.validate(review);
        Assessment assessment = assessor.assess(review, history.previous(review.employeeId(), review.period()));
        StoredReview stored = history.store(review, assessment, submittedBy, alsoWrite);
        listeners.forEach(listener -> listener.stored(stored));
        return stored;
    }

    /**
     * Submits many reviews as one: each is checked as {@link #submit} checks it and assessed with the
     * person's previous review (the latest earlier period, stored or in {@code reviews}; the batch need
     * not be in period order), then all are stored in one transaction and the listeners told. If any
     * review is rejected, nothing is stored and {@link InvalidReview} lists every problem, its path
     * prefixed with the review's position ({@code $[3].ratings[0].rating}).
     *
     * @return the stored reviews, in the order given
     */
    public List<StoredReview> submitAll(List<Review> reviews, String submittedBy) {
        return submitAll(reviews, submittedBy, new UpdateRequest());
    }

    /**
     * As {@link #submitAll(List, String)}, with {@code alsoWrite} (the import's audit entry) run in the
     * transaction that stores the reviews: all of it is stored, or nothing (a rejected batch writes
     * neither the reviews nor {@code alsoWrite}).
     */
    public List<StoredReview> submitAll(List<Review> reviews, String submittedBy, UpdateRequest alsoWrite) {
        List<ReviewProblem> problems = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            String at = "$[" + i + "]";
            registerProblems(organisation, reviews.get(i).employeeId(), reviews.get(i).framework(), reviews.get(i).level())
                    .forEach(p -> problems.add(new ReviewProblem(at + p.path().substring(1), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
        // Assessments are independent and the Assessor is thread-safe: look up and assess in parallel.
        List<Optional<Review>> inBatch = PreviousReviews.within(reviews);
        List<Outcome> outcomes = Parallel.map(reviews.size(), i -> {
            Review review = reviews.get(i);
            Optional<Review> previous = PreviousReviews.later(
                    history.previous(review.employeeId(), review.period()), inBatch.get(i));
            try {
                validator.validate(review);
                return new Outcome(new AssessedReview(review, assessor.assess(review, previous)), List.of());
            } catch (InvalidReview e) {
                String at = "$[" + i + "]";
                return new Outcome(null, e.problems().stream()
                        .map(p -> new ReviewProblem(at + p.path().substring(1), p.message())).toList());
            }
        });
        outcomes.forEach(outcome -> problems.addAll(outcome.problems()));
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
        List<AssessedReview> assessed = outcomes.stream().map(Outcome::assessed).toList();
        List<StoredReview> result = history.storeAll(assessed, submittedBy, alsoWrite);
        result.forEach(review -> listeners.forEach(listener -> listener.stored(review)));
        return result;
    }

    /** Assesses without storing, with the stored history (what {@code submit} would conclude). */
    public Assessment preview(Review review) {
        return assessor.assess(review, history.previous(review.employeeId(), review.period()));
    }

    /**
     * Erases a person: every stored review and assessment, and their entry in the register.
     *
     * @return how many reviews were erased
     */
    public int erase(String employeeId) {
        int reviews = history.erase(employeeId);
        organisation.erase(employeeId);
        listeners.forEach(listener -> listener.erased(employeeId));
        return reviews;
    }

    private void checkAgainstRegister(Review review) {
        List<ReviewProblem> problems = registerProblems(organisation, review.employeeId(), review.framework(), review.level());
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
    }

    /**
     * What the register says against a review of {@code employeeId} at {@code level} of {@code framework}:
     * unknown person, other framework, other level (a review is of the person as the register has them,
     * or the reports would count them at the wrong level). A null framework or level is not compared.
     */
    static List<ReviewProblem> registerProblems(Organisation organisation, String employeeId, String framework,
                                                Integer level) {
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<Employee> employee = organisation.find(employeeId);
        if (employee.isEmpty()) {
            problems.add(new ReviewProblem("$.employeeId", "no employee '" + employeeId
                    + "' in the organisation register; import them first (POST /api/employees/import)"));
        } else if (framework != null && !employee.get().framework().equals(framework)) {
            problems.add(new ReviewProblem("$.framework", "employee '" + employeeId + "' is on framework '"
                    + employee.get().framework() + "', not '" + framework + "'"));
        } else if (level != null && employee.get().level() != level) {
            problems.add(new ReviewProblem("$.level", "employee '" + employeeId + "' is at level "
                    + employee.get().level() + " in the organisation register, not " + level
                    + "; expected " + employee.get().level() + " (a change of level is an HR import first)"));
        }
        return problems;
    }

    /** One review of a batch: assessed, or the problems that stopped it. */
    private record Outcome(AssessedReview assessed, List<ReviewProblem> problems) {
    }
}
