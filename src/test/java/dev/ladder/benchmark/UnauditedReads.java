package dev.ladder.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Organisation;
import dev.ladder.security.Access;

/**
 * BENCHMARK ONLY, in the test sources (never in the packaged service) and off unless the service is
 * started with {@code --ladder.bench.unaudited-reads=true}, which only {@link ReadAuditLoad} does: the
 * same read as {@code GET /api/employees/{id}/assessment} (same security filter chain under
 * {@code /api/**}, same access check, same look-ups, same JSON) without its audit entry. It is the
 * floor that the audited read is compared with in one run.
 */
@RestController
@ConditionalOnProperty(name = "ladder.bench.unaudited-reads", havingValue = "true")
class UnauditedReads {

    static final String PATH = "/api/bench/unaudited/employees/{id}/assessment";

    private final Organisation organisation;
    private final ReviewHistory history;
    private final Access access;

    UnauditedReads(Organisation organisation, ReviewHistory history, Access access) {
        this.organisation = organisation;
        this.history = history;
        this.access = access;
    }

    @GetMapping(PATH)
    Assessment assessment(@PathVariable String id) {
        access.requireRead(id);
        organisation.find(id).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "No employee '" + id + "' in the register"));
        return history.latest(id).map(StoredReview::assessment).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "No stored review for employee '" + id + "'"));
    }
}
