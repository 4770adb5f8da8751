package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.security.AuditTrail;

/** The audit trail, for administrators: who read or changed whose data, latest first. */
@RestController
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditTrail.Entry> entries(@RequestParam(required = false) String subject,
                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequest("limit must be between 1 and 10000; got " + limit);
        }
        return audit.entries(subject, limit);
    }
}
