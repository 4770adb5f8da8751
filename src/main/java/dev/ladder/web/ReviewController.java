package dev.ladder.web;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewReader;
import dev.ladder.review.ReviewValidator;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Submitting reviews: validated, assessed with the person's history, stored with the assessment; and
 * reading one stored review back by its id.
 */
@RestController
@Tag(name = "Reviews", description = "Submitting reviews, one at a time or as a CSV file")
class ReviewController {

    private final ReviewReader reader = new ReviewReader();
    private final ReviewValidator validator;
    private final ReviewService reviews;
    private final ReviewHistory history;
    private final Access access;
    private final AuditTrail audit;

    ReviewController(ReviewValidator validator, ReviewService reviews, ReviewHistory history, Access access,
                     AuditTrail audit) {
        this.validator = validator;
        this.reviews = reviews;
        this.history = history;
        this.access = access;
        this.audit = audit;
    }

    /**
     * 201 with the stored review and its assessment, {@code Location} naming it; 400 with every problem
     * (nothing stored); 403 unless the caller is the person's line manager or an administrator. The body
     * is checked whole (structure and framework, every problem at once) before access; what the register
     * says of the person (framework, level) only after it.
     */
    @Operation(operationId = "submitReview", summary = "Submit a review: validated, assessed and stored",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Review.class))))
    @ApiResponse(responseCode = "201", description = "Stored, with its assessment",
            headers = @Header(name = "Location", description = "The stored review: /api/reviews/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "400", description = "The review is not valid (every problem, with its JSON path),"
            + " or the person is not in the register under that framework; nothing was stored")
    @ApiResponse(responseCode = "403", description = "Only the person's line manager or an administrator may")
    @ApiResponse(responseCode = "503", description = "No rule set is in service")
    @PostMapping(path = "/api/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredReview> submit(@RequestBody(required = false) String body, Principal principal) {
        Review review = validator.check(reader.read(body));
        access.requireSubmit(review.employeeId());
        // the audit entry is written in the transaction that stores the review: both, or neither
        StoredReview stored = reviews.submit(review, principal == null ? "anonymous" : principal.getName(),
                audit.recording("SUBMIT", review.employeeId(), "POST /api/reviews (period " + review.period() + ")"));
        return ResponseEntity.created(URI.create("/api/reviews/" + stored.id())).body(stored);
    }

    /**
     * One stored review, current or superseded, with its assessment. The same per-person check and audit
     * entry as the person's list of reviews; 404 for an id that is not a stored review's.
     */
    @Operation(operationId = "getReview", summary = "One stored review by its id, current or superseded")
    @ApiResponse(responseCode = "200", description = "The stored review with its assessment")
    @ApiResponse(responseCode = "403", description = "The caller may not see the person reviewed")
    @ApiResponse(responseCode = "404", description = "No stored review has this id")
    @GetMapping("/api/reviews/{id}")
    StoredReview review(@PathVariable String id) {
        StoredReview stored = history.find(id)
                .orElseThrow(() -> new NotFound("No stored review '" + id + "'"));
        String employeeId = stored.review().employeeId();
        access.requireRead(employeeId);
        audit.record("READ", employeeId, "GET /api/reviews/" + id);
        return stored;
    }
}
