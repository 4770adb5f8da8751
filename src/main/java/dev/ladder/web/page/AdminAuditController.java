package dev.ladder.web.page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.security.AuditTrail;

/**
 * The audit trail for administrators (issue 9, item 7): who read or changed whose data and when, latest
 * first, {@value AdminAuditView#PAGE_SIZE} entries a page, optionally only the entries about one person
 * ({@code ?person=MK0005}). The same trail as {@code GET /api/audit}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

    private final AuditTrail audit;

    AdminAuditController(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * @param person an employee id, or blank for everyone
     * @param page   the page from 1; anything else shows the first
     */
    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String person, @RequestParam(required = false) String page,
                 Model model) {
        String subject = person == null || person.isBlank() ? null : person.strip();
        long total = audit.count(subject);
        int pages = AdminAuditView.pages(total);
        int current = Math.min(AdminAuditView.pageNumber(page), pages);
        model.addAttribute("audit", AdminAuditView.of(subject, current, total,
                audit.page(subject, (long) (current - 1) * AdminAuditView.PAGE_SIZE, AdminAuditView.PAGE_SIZE)));
        return "admin/audit";
    }
}
