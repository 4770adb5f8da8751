package dev.ladder.web;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.review.ReviewReader;

/** Submitting reviews: validated, assessed with the person's history, stored with the assessment. */
@RestController
class ReviewController {

    private final ReviewReader reader = new ReviewReader();
    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** 201 with the stored review and its assessment; 400 with every problem (nothing stored). */
    @PostMapping(path = "/api/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredReview> submit(@RequestBody(required = false) String body, Principal principal) {
        StoredReview stored = reviews.submit(reader.read(body), principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.created(URI.create("/api/employees/" + stored.review().employeeId() + "/reviews"))
                .body(stored);
    }
}
