package dev.ladder.web.page.policy;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Impact;
import dev.ladder.policy.ImpactRefused;
import dev.ladder.policy.Draft;
import dev.ladder.policy.PolicyImpact;
import dev.ladder.policy.PolicyVersion;
import dev.ladder.policy.PublishRefused;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import dev.ladder.security.CurrentUsers;
import dev.ladder.security.Role;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an analyst does with a draft: check it (compile, ontology, lint, sample reviews, every
 * scenario), preview its impact on every current stored review, and publish it with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class DraftActions {

    private final Drafts drafts;
    private final PolicyImpact impact;
    private final CurrentUsers users;
    private final Access access;
    private final AuditTrail audit;

    DraftActions(Drafts drafts, PolicyImpact impact, CurrentUsers users, Access access, AuditTrail audit) {
        this.drafts = drafts;
        this.impact = impact;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping("/policy/drafts/{id}/check")
    String check(@PathVariable String id) {
        drafts.find(id);
        drafts.checked(id, drafts.service().check(id));
        return "redirect:/policy/drafts/" + id + "/check";
    }

    /** The latest check's report; none yet sends back to the draft. */
    @GetMapping("/policy/drafts/{id}/check")
    String report(@PathVariable String id, Model model) {
        drafts.find(id);
        CheckReport report = drafts.lastCheck(id).orElse(null);
        if (report == null) {
            return "redirect:/policy/drafts/" + id;
        }
        model.addAttribute("check", CheckView.of(id, report, false));
        return "policy/check";
    }

    /**
     * Stores nothing: the draft and the rule set in service side by side over every current review. The
     * people affected are named only to those who may read their records (as the API does).
     */
    @GetMapping("/policy/drafts/{id}/impact")
    String impact(@PathVariable String id, Model model, HttpServletResponse response) {
        drafts.find(id);
        Impact result;
        try {
            result = impact.preview(id, true);
        } catch (ImpactRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("check", CheckView.of(id, new CheckReport(null, refused.problems(), null, List.of()), false));
            return "policy/check";
        }
        List<Impact.Affected> visible = result.people().stream().filter(p -> access.canRead(p.employeeId())).toList();
        if (!visible.isEmpty()) {
            audit.record("READ", "*", "GET /policy/drafts/" + id + "/impact (" + visible.size() + " people named)");
        }
        boolean names = users.current().has(Role.ADMIN) || !visible.isEmpty();
        model.addAttribute("impact", ImpactView.of(id, result, visible, names));
        return "policy/impact";
    }

    @PostMapping("/policy/drafts/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
                   HttpServletResponse response) {
        Draft draft = drafts.find(id);
        if (reason.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("draft", DraftView.of(draft, drafts.service().files(id),
                    drafts.lastCheck(id).orElse(null), reason, "Enter why you are publishing this change"));
            return "policy/draft";
        }
        try {
            PolicyVersion version = drafts.service().publish(id, reason.strip(), users.current().username());
            return "redirect:/policy/history/" + version.version() + "?published";
        } catch (PublishRefused refused) {
            drafts.checked(id, refused.report());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("check", CheckView.of(id, refused.report(), true));
            return "policy/check";
        }
    }
}
