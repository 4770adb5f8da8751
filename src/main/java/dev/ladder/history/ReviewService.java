package dev.ladder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;

/**
 * Submitting a review: check it (as {@code POST /api/assessments} does, and that the person is in the
 * register under that framework), assess it with the person's previous review taken into account,
 * and store review and assessment together. A rejected review stores nothing.
 */
@Component
public class ReviewService {

    private final Assessor assessor;
    private final ReviewHistory history;
    private final Organisation organisation;
    private final List<ReviewListener> listeners;

    public ReviewService(Assessor assessor, ReviewHistory history, Organisation organisation,
                         List<ReviewListener> listeners) {
        this.assessor = assessor;
        this.history = history;
        this.organisation = organisation;
        this.listeners = List.copyOf(listeners);
    }

    public StoredReview submit(Review review, String submittedBy) {
        checkAgainstRegister(review);
        Assessment assessment = assessor.assess(review, history.previous(review.employeeId(), review.period()));
        StoredReview stored = history.store(review, assessment, submittedBy);
        listeners.forEach(listener -> listener.stored(stored));
        return stored;
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
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<Employee> employee = organisation.find(review.employeeId());
        if (employee.isEmpty()) {
            problems.add(new ReviewProblem("$.employeeId", "no employee '" + review.employeeId()
                    + "' in the organisation register; import them first (POST /api/employees/import)"));
        } else if (!employee.get().framework().equals(review.framework())) {
            problems.add(new ReviewProblem("$.framework", "employee '" + review.employeeId() + "' is on framework '"
                    + employee.get().framework() + "', not '" + review.framework() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
    }
}
