package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.security.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail, for administrators: who read or changed whose data, latest first. */
@RestController
@Tag(name = "Audit", description = "Who read or changed whose data")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEntries", summary = "The audit trail, latest first")
    @ApiResponse(responseCode = "200", description = "The entries")
    @ApiResponse(responseCode = "403", description = "Only ADMIN may read the audit trail")
    @Parameter(name = "subject", description = "Only entries about this employee id")
    @Parameter(name = "limit", description = "At most this many entries, 1 to 10000")
    @GetMapping("/api/audit")
    List<AuditTrail.Entry> entries(@RequestParam(required = false) String subject,
                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequest("limit must be between 1 and 10000; got " + limit);
        }
        return audit.entries(subject, limit);
    }
}
