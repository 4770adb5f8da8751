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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Assesses a review without storing anything. */
@RestController
@Tag(name = "Assessments", description = "Trying a review: assessed, nothing stored")
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
    @Operation(operationId = "assessReview", summary = "Assess a review without storing anything",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Review.class))))
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "400", description = "The review is not valid: every problem, with its JSON path")
    @ApiResponse(responseCode = "403", description = "Managers may try reviews of their direct reports, people their"
            + " own; analysts, L&D and administrators anyone's")
    @ApiResponse(responseCode = "503", description = "No rule set is in service")
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@RequestBody(required = false) String body) {
        Review review = validator.check(reader.read(body));
        access.requireTryOut(review.employeeId());
        return assessor.assess(review);
    }
}
