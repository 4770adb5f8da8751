package dev.ladder.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.history.ReviewCsv;
import dev.ladder.history.ReviewService;
import dev.ladder.review.InvalidReview;
import dev.ladder.security.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Many reviews at once from a CSV file (docs/bulk.md): all assessed and stored in one transaction, or
 * none. Administrators only (see the security configuration).
 */
@RestController
@Tag(name = "Reviews")
class ReviewImportController {

    private final ReviewCsv csv;
    private final ReviewService reviews;
    private final AuditTrail audit;

    ReviewImportController(ReviewCsv csv, ReviewService reviews, AuditTrail audit) {
        this.csv = csv;
        this.reviews = reviews;
        this.audit = audit;
    }

    /**
     * 200 {@code {stored: n}}; 400 with every problem by line and column when any row is bad (nothing
     * stored). Each review is assessed with the person's previous review: the latest earlier period,
     * stored or in the same file.
     */
    @Operation(operationId = "importReviews", summary = "Store many reviews from a CSV file, all or none",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Reviews as CSV, one row per rating or observation (docs/bulk.md)", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "200", description = "How many reviews were stored",
            content = @Content(schema = @Schema(implementation = ApiSchemas.Stored.class)))
    @ApiResponse(responseCode = "400", description = "A row is not valid: every problem, by line and column;"
            + " nothing was stored")
    @ApiResponse(responseCode = "403", description = "Only ADMIN may import reviews")
    @ApiResponse(responseCode = "503", description = "No rule set is in service")
    @PostMapping(path = "/api/reviews/import", consumes = {"text/csv", "text/plain"})
    Map<String, Object> importCsv(@RequestBody(required = false) String body, Principal principal) {
        List<ReviewCsv.Row> rows = csv.read(body);
        try {
            // the audit entry is written in the transaction that stores the reviews: all, or nothing
            int stored = reviews.submitAll(rows.stream().map(ReviewCsv.Row::review).toList(),
                    principal == null ? "anonymous" : principal.getName(),
                    audit.recording("IMPORT", "*", "POST /api/reviews/import (" + rows.size() + " reviews)")).size();
            return Map.of("stored", stored);
        } catch (InvalidReview e) {
            throw ReviewCsv.rejected(rows, e);
        }
    }
}
