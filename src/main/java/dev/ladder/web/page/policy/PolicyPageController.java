package dev.ladder.web.page.policy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.policy.Draft;
import dev.ladder.security.CurrentUsers;

/**
 * The analysts' workbench, its start: the policy in force (every table's values, readably, and every
 * DRL file's rules, with the rule set's version), the drafts in progress, starting or discarding a
 * draft, and a draft's own page (its files to edit, check, preview, publish).
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class PolicyPageController {

    private final RuleSets ruleSets;
    private final OntologyPicks picks;
    private final Drafts drafts;
    private final CurrentUsers users;

    PolicyPageController(RuleSets ruleSets, OntologyPicks picks, Drafts drafts, CurrentUsers users) {
        this.ruleSets = ruleSets;
        this.picks = picks;
        this.drafts = drafts;
        this.users = users;
    }

    @GetMapping("/policy")
    String inForce(Model model) {
        RuleSet current = ruleSets.current().orElse(null);
        RuleSets.Attempt last = ruleSets.lastAttempt();
        model.addAttribute("version", current == null ? null : current.version());
        model.addAttribute("compiledAt", current == null ? null : Drafts.when(current.compiledAt()));
        model.addAttribute("folderFails", last != null && !last.problems().isEmpty());
        model.addAttribute("policy", PolicyTablesView.of(RuleSetCompiler.readFolder(ruleSets.folder()), picks));
        model.addAttribute("drafts", drafts.service().list().stream().map(d -> new DraftRow(d.id(), d.author(),
                Drafts.when(d.createdAt()), d.baseVersion(), "/policy/drafts/" + d.id())).toList());
        return "policy/in-force";
    }

    @PostMapping("/policy/drafts")
    String start() {
        Draft draft = drafts.service().create(users.current().username());
        return "redirect:/policy/drafts/" + draft.id();
    }

    /** One draft in the list on the policy page. */
    record DraftRow(String id, String author, String createdAt, String baseVersion, String href) {
    }

    @PostMapping("/policy/drafts/{id}/discard")
    String discard(@PathVariable String id) {
        drafts.find(id);
        drafts.service().discard(id);
        drafts.changed(id);
        return "redirect:/policy?discarded#policy-drafts";
    }

    @GetMapping("/policy/drafts/{id}")
    String draft(@PathVariable String id, Model model) {
        Draft draft = drafts.find(id);
        model.addAttribute("draft", DraftView.of(draft, drafts.service().files(id), drafts.lastCheck(id).orElse(null)));
        return "policy/draft";
    }
}
