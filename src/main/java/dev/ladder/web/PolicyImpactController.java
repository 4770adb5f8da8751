package dev.ladder.web;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.policy.Impact;
import dev.ladder.policy.ImpactRefused;
import dev.ladder.policy.ImpactUnknownDraft;
import dev.ladder.policy.PolicyImpact;
import dev.ladder.policy.ReassessmentJob;
import dev.ladder.policy.ReassessmentRefused;
import dev.ladder.policy.Reassessments;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who a policy draft would affect, and re-assessing every stored review under the rule set in
 * service. The impact names people only to callers who may read those people's records
 * ({@link Access#canRead}: administrators, L&D where {@code ladder.security.lnd-sees-individuals} is
 * on); analysts get the figures without names.
 */
@RestController
@Tag(name = "Policy impact", description = "Who a policy draft would affect; re-assessing stored reviews")
@ApiResponse(responseCode = "403", description = "Only ANALYST, LND and ADMIN may preview an impact; only ANALYST"
        + " and ADMIN may re-assess")
class PolicyImpactController {

    private final PolicyImpact impact;
    private final Reassessments reassessments;
    private final Access access;
    private final AuditTrail audit;

    PolicyImpactController(PolicyImpact impact, Reassessments reassessments, Access access, AuditTrail audit) {
        this.impact = impact;
        this.reassessments = reassessments;
        this.access = access;
        this.audit = audit;
    }

    @Operation(operationId = "previewDraftImpact", summary = "What a draft would change: every person's latest"
            + " current review assessed by the rule set in service and by the draft, compared",
            description = "The transition table (readiness before → after), red flags added and removed, learning"
                    + " needs by priority, people READY per framework and department, and the people affected"
                    + " (only those whose records the caller may read: none for analysts). Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The impact")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @ApiResponse(responseCode = "422", description = "The draft's rules do not compile: every problem with file,"
            + " line and column")
    @PreAuthorize("hasAnyRole('ANALYST','LND','ADMIN')")
    @PostMapping("/api/policy/drafts/{id}/impact")
    Impact preview(@PathVariable String id) {
        Impact result = impact.preview(id, true);
        java.util.List<Impact.Affected> visible = result.people().stream()
                .filter(person -> access.canRead(person.employeeId())).toList();
        if (!visible.isEmpty()) {
            audit.record("READ", "*", "POST /api/policy/drafts/" + id + "/impact (" + visible.size()
                    + " people named)");
        }
        return result.withPeople(visible);
    }

    @Operation(operationId = "startReassessment", summary = "Re-assess every current stored review under the rule"
            + " set in service, in the background",
            description = "The new assessment is stored beside the old one; reports, the person's pages and history"
                    + " use the newest. One job at a time: while one runs, this returns the running job.")
    @ApiResponse(responseCode = "202", description = "The job (started, or already running); follow it at Location",
            headers = @Header(name = "Location", description = "The job: GET it for progress",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "503", description = "No rule set in service")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @PostMapping("/api/policy/reassessments")
    ResponseEntity<ReassessmentJob> reassess(Principal principal) {
        ReassessmentJob job = reassessments.start(principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/policy/reassessments/" + job.id())).body(job);
    }

    @Operation(operationId = "getReassessment", summary = "A re-assessment job: its progress and counts")
    @ApiResponse(responseCode = "200", description = "The job: total, done, changed (readiness verdict changed),"
            + " failed")
    @ApiResponse(responseCode = "404", description = "No such job (jobs are kept in memory: none survives a restart)")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @GetMapping("/api/policy/reassessments/{id}")
    ReassessmentJob job(@PathVariable String id) {
        return reassessments.find(id).orElseThrow(() -> new NotFound("No re-assessment job '" + id + "'"));
    }

    @ExceptionHandler(ImpactUnknownDraft.class)
    ProblemDetail unknownDraft(ImpactUnknownDraft e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ImpactRefused.class)
    ProblemDetail refused(ImpactRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The draft does not compile");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(ReassessmentRefused.class)
    ProblemDetail noRuleSet(ReassessmentRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("No rule set in service");
        return problem;
    }
}
