package dev.ladder.web.page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ladder.assessment.RuleSets;

/**
 * The rules page for analysts (issue 9, item 8): the rule set in service (version, when it was
 * compiled, its files and rules) and, when the latest compilation failed while the previous rule set
 * went on serving, every problem by file and line. "Reload rules" compiles {@code rules/} now, as
 * {@code POST /api/rules/reload} does.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class RulesPageController {

    private final RuleSets ruleSets;

    RulesPageController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", RulesView.of(ruleSets.current().orElse(null), ruleSets.lastAttempt()));
        return "rules";
    }

    @PostMapping("/rules/reload")
    String reload(RedirectAttributes redirect) {
        RuleSets.Attempt attempt = ruleSets.reload();
        redirect.addFlashAttribute("reloaded", RulesReloaded.of(attempt, ruleSets.current().orElse(null)));
        return "redirect:/rules";
    }
}
