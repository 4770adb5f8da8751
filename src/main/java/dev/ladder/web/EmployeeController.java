package dev.ladder.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;

/** The organisation register and each person's reviews, assessments and readiness. */
@RestController
@RequestMapping("/api/employees")
class EmployeeController {

    private final Organisation organisation;
    private final ReviewHistory history;
    private final ReviewService reviews;
    private final Access access;
    private final AuditTrail audit;

    EmployeeController(Organisation organisation, ReviewHistory history, ReviewService reviews, Access access,
                       AuditTrail audit) {
        this.organisation = organisation;
        this.history = history;
        this.reviews = reviews;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The people the caller may see (themselves, their direct reports, or everyone for administrators),
     * ordered by id, optionally filtered; paged ({@code page} from 0), total in {@code X-Total-Count}.
     */
    @GetMapping
    ResponseEntity<List<Employee>> list(@RequestParam(required = false) String framework,
                                        @RequestParam(required = false) String department,
                                        @RequestParam(required = false) Integer level,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new BadRequest("page must be 0 or more and size between 1 and 1000; got page " + page + ", size " + size);
        }
        List<Employee> matching = access.visible(organisation.all()).stream()
                .filter(e -> framework == null || framework.equals(e.framework()))
                .filter(e -> department == null || department.equals(e.department()))
                .filter(e -> level == null || level == e.level()).toList();
        List<Employee> pageOf = matching.stream().skip((long) page * size).limit(size).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(matching.size())).body(pageOf);
    }

    @GetMapping("/{id}")
    Employee employee(@PathVariable String id) {
        return read(id, "GET /api/employees/" + id);
    }

    /** Every stored review of the person, oldest first, superseded ones included. */
    @GetMapping("/{id}/reviews")
    List<StoredReview> reviews(@PathVariable String id) {
        read(id, "GET /api/employees/" + id + "/reviews");
        return history.of(id);
    }

    /** The assessment of the person's latest current review. */
    @GetMapping("/{id}/assessment")
    Assessment assessment(@PathVariable String id) {
        read(id, "GET /api/employees/" + id + "/assessment");
        return history.latest(id).map(StoredReview::assessment)
                .orElseThrow(() -> new NotFound("No stored review for employee '" + id + "'"));
    }

    @GetMapping("/{id}/readiness")
    Assessment.Readiness readiness(@PathVariable String id) {
        read(id, "GET /api/employees/" + id + "/readiness");
        return history.latest(id).map(StoredReview::assessment)
                .orElseThrow(() -> new NotFound("No stored review for employee '" + id + "'")).readiness();
    }

    /** Everything Ladder holds about a person, as one JSON download (subject access request). */
    @GetMapping("/{id}/record")
    ResponseEntity<Map<String, Object>> record(@PathVariable String id) {
        Employee employee = read(id, "GET /api/employees/" + id + "/record");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ladder-record-" + id + ".json\"")
                .body(Map.of("employee", employee, "reviews", history.of(id)));
    }

    /** Erases a person: their reviews, assessments and register entry. */
    @DeleteMapping("/{id}")
    Map<String, Object> erase(@PathVariable String id) {
        find(id);
        audit.record("ERASE", id, "DELETE /api/employees/" + id);
        int erased = reviews.erase(id);
        return Map.of("employeeId", id, "reviewsErased", erased, "erased", true);
    }

    /** Adds or updates people from an HR export (CSV, see README); a file with any bad row is rejected whole. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    Map<String, Object> importCsv(@RequestBody String csv) {
        int imported = organisation.importCsv(csv);
        audit.record("IMPORT", "*", "POST /api/employees/import (" + imported + " people)");
        return Map.of("imported", imported);
    }

    /**
     * The person, if the caller may see them; the read goes into the audit trail. Access is checked
     * before existence, so a caller who may not read someone gets the same 403 whether or not that
     * person exists (ids cannot be enumerated); an administrator gets 404 for an unknown id.
     */
    private Employee read(String id, String what) {
        access.requireRead(id);
        Employee employee = find(id);
        audit.record("READ", id, what);
        return employee;
    }

    private Employee find(String id) {
        return organisation.find(id).orElseThrow(() -> new NotFound("No employee '" + id + "' in the register"));
    }
}
