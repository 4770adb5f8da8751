package dev.ladder.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewReader;
import dev.ladder.review.ReviewValidator;
import dev.ladder.security.Access;

/** Assesses a review without storing anything. */
@RestController
class AssessmentController {

    private final ReviewReader reader = new ReviewReader();
    private final ReviewValidator validator;
    private final Assessor assessor;
    private final Access access;

    AssessmentController(ReviewValidator validator, Assessor assessor, Access access) {
        this.validator = validator;
        this.assessor = assessor;
        this.access = access;
    }

    /**
     * The body is read as text and parsed by {@link ReviewReader}, so that every problem (malformed
     * JSON included) comes back with its JSON path rather than as a generic message converter error.
     */
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@RequestBody(required = false) String body) {
        Review review = validator.check(reader.read(body));
        access.requireTryOut(review.employeeId());
        return assessor.assess(review);
    }
}
