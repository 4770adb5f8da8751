package dev.ladder.web.page.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.Explanation;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.StoredReview;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewReader;
import dev.ladder.review.ReviewValidator;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import dev.ladder.web.NotFound;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Explain at {@code /policy/explain}: for one review, every rule that fired with the facts it used, and
 * each condition of READY with whether it held, under the rule set in service or a draft's. The review
 * is a stored one, chosen without names (the n-th current review of a framework and level, or a stored
 * review's id), or one typed as JSON.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class ExplainPage {

    private final Assessor assessor;
    private final RuleSets ruleSets;
    private final ReviewHistory history;
    private final ReviewValidator validator;
    private final Frameworks frameworks;
    private final Drafts drafts;
    private final AuditTrail audit;
    private final Access access;

    ExplainPage(Assessor assessor, RuleSets ruleSets, ReviewHistory history, ReviewValidator validator,
                Frameworks frameworks, Drafts drafts, AuditTrail audit, Access access) {
        this.access = access;
        this.assessor = assessor;
        this.ruleSets = ruleSets;
        this.history = history;
        this.validator = validator;
        this.frameworks = frameworks;
        this.drafts = drafts;
        this.audit = audit;
    }

    /** The choice made on the page, kept in its forms. */
    record Choice(String framework, Integer level, int n, String review, String json, String draft) {
    }

    /** An option of a select. */
    record Option(String value, String label, boolean selected) {
    }

    @GetMapping("/policy/explain")
    String explain(@RequestParam(required = false) String framework, @RequestParam(required = false) Integer level,
                   @RequestParam(defaultValue = "1") int n, @RequestParam(required = false) String review,
                   @RequestParam(required = false) String draft, Model model, HttpServletResponse response) {
        Choice choice = new Choice(framework, level, Math.max(1, n), review, null, blank(draft));
        if (review != null && !review.isBlank()) {
            StoredReview stored = history.find(review.strip())
                    .orElseThrow(() -> NotFound.of("No stored review '" + review.strip() + "'."));
            return show(model, choice, stored, response);
        }
        if (framework != null && level != null) {
            List<Review> candidates = new ArrayList<>();
            history.eachCurrent((r, a) -> {
                if (r.framework().equals(framework) && r.level() == level) {
                    candidates.add(r);
                }
            });
            candidates.sort(Comparator.comparing(Review::employeeId).thenComparing(Review::period));
            if (candidates.isEmpty()) {
                return form(model, choice, List.of("No current stored review of " + framework + " at level " + level
                        + ". Choose another framework or level, or type a review."), response);
            }
            Review chosen = candidates.get(Math.min(candidates.size(), choice.n()) - 1);
            StoredReview stored = history.of(chosen.employeeId()).stream().filter(StoredReview::current)
                    .filter(s -> s.review().period().equals(chosen.period())).findFirst().orElseThrow();
            model.addAttribute("of", "Review " + Math.min(candidates.size(), choice.n()) + " of " + candidates.size()
                    + " current reviews of this framework and level");
            return show(model, choice, stored, response);
        }
        return form(model, choice, List.of(), response);
    }

    @PostMapping("/policy/explain")
    String typed(@RequestParam(defaultValue = "") String json, @RequestParam(required = false) String draft,
                 Model model, HttpServletResponse response) {
        Choice choice = new Choice(null, null, 1, null, json, blank(draft));
        Review review;
        try {
            review = validator.check(new ReviewReader().read(json));
        } catch (InvalidReview e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, choice, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList(), response);
        }
        Optional<Review> previous = review.employeeId() == null ? Optional.empty()
                : history.previous(review.employeeId(), review.period());
        return result(model, choice, review, previous, null, response);
    }

    private String show(Model model, Choice choice, StoredReview stored, HttpServletResponse response) {
        Review review = stored.review();
        audit.record("READ", review.employeeId(), "GET /policy/explain (stored review " + stored.id() + ")");
        return result(model, choice, review, history.previous(review.employeeId(), review.period()), stored.id(),
                response);
    }

    private String result(Model model, Choice choice, Review review, Optional<Review> previous, String storedId,
                          HttpServletResponse response) {
        RuleSet rules = null;
        boolean own = false;
        try {
            if (choice.draft() != null) {
                drafts.find(choice.draft());
                RuleSetCompiler.Result built = ruleSets.build(draftRules(choice.draft()));
                if (!built.ok()) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                    return form(model, choice, List.of("The draft's rules do not compile; check the draft to see why."),
                            response);
                }
                rules = built.ruleSet();
                own = true;
            } else {
                rules = ruleSets.current().orElse(null);
                if (rules == null) {
                    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                    return form(model, choice, List.of("No rule set is in service: the rules folder does not compile."),
                            response);
                }
            }
            Explanation explanation = assessor.explain(review, previous, rules);
            boolean hideId = storedId != null && review.employeeId() != null && !access.canRead(review.employeeId());
            model.addAttribute("explained", ExplainView.of(review, storedId, previous.isPresent(), explanation,
                    choice.draft(), hideId));
            return form(model, choice, List.of(), response);
        } catch (InvalidReview e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, choice, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList(), response);
        } finally {
            if (own) {
                ruleSets.release(rules);
            }
        }
    }

    private String form(Model model, Choice choice, List<String> errors, HttpServletResponse response) {
        List<Option> fws = new ArrayList<>();
        fws.add(new Option("", "Choose a framework", choice.framework() == null));
        frameworks.all().stream().sorted(Comparator.comparing(Framework::title)).forEach(f ->
                fws.add(new Option(f.id(), f.title(), f.id().equals(choice.framework()))));
        int maxLevel = frameworks.all().stream().mapToInt(f -> f.levels().size()).max().orElse(1);
        List<Option> levels = new ArrayList<>();
        levels.add(new Option("", "Choose a level", choice.level() == null));
        for (int l = 1; l <= maxLevel; l++) {
            levels.add(new Option(String.valueOf(l), "Level " + l, choice.level() != null && choice.level() == l));
        }
        model.addAttribute("choice", choice);
        model.addAttribute("frameworks", fws);
        model.addAttribute("levels", levels);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("explained")) {
            model.addAttribute("explained", null);
        }
        if (!model.containsAttribute("of")) {
            model.addAttribute("of", null);
        }
        return "policy/explain";
    }

    private Map<String, byte[]> draftRules(String id) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : drafts.service().files(id)) {
            if (!path.startsWith("features/") && (path.endsWith(".drl") || path.endsWith(".drl.csv"))) {
                files.put(path, drafts.service().read(id, path).getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
