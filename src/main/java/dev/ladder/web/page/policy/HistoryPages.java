package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.policy.PolicyHistory;
import dev.ladder.policy.PolicyVersion;
import dev.ladder.policy.PublishRefused;
import dev.ladder.policy.ReassessmentJob;
import dev.ladder.policy.Reassessments;
import dev.ladder.security.CurrentUsers;
import dev.ladder.web.NotFound;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The policy's history: every published version (who, when, why), the diff of each against the one
 * before it, rolling back to one with a reason, and re-assessing every current stored review under the
 * rule set in service, with a page that follows the job.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class HistoryPages {

    private final PolicyHistory history;
    private final Reassessments reassessments;
    private final CurrentUsers users;

    HistoryPages(PolicyHistory history, Reassessments reassessments, CurrentUsers users) {
        this.history = history;
        this.reassessments = reassessments;
        this.users = users;
    }

    /** A version as listed: short and full id, who, when, why. */
    record VersionRow(String version, String shortVersion, String author, String at, String atIso, String reason,
                      String href, boolean inService) {

        static VersionRow of(PolicyVersion v, boolean inService) {
            return new VersionRow(v.version(), v.version().length() > 10 ? v.version().substring(0, 10) : v.version(),
                    v.author(), Drafts.when(v.at()), v.at() == null ? null : v.at().toString(), v.reason(),
                    "/policy/history/" + v.version(), inService);
        }
    }

    /** A line of a diff and its kind, for its class: add, remove, hunk, file or context. */
    record DiffLine(String text, String kind) {
    }

    @GetMapping("/policy/history")
    String versions(Model model) {
        List<PolicyVersion> versions = history.versions();
        List<VersionRow> rows = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            rows.add(VersionRow.of(versions.get(i), i == 0));
        }
        model.addAttribute("versions", rows);
        return "policy/history";
    }

    @GetMapping("/policy/history/{version}")
    String version(@PathVariable String version, @RequestParam(required = false) String published, Model model) {
        return showVersion(version, published != null, "", null, model);
    }

    @PostMapping("/policy/history/{version}/rollback")
    String rollback(@PathVariable String version, @RequestParam(defaultValue = "") String reason, Model model,
                    HttpServletResponse response) {
        find(version);
        if (reason.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showVersion(version, false, reason, "Enter why you are rolling back to this version", model);
        }
        try {
            PolicyVersion rolled = history.rollback(version, reason.strip(), users.current().username());
            return "redirect:/policy/history/" + rolled.version() + "?published";
        } catch (PublishRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("check", CheckView.of(null, refused.report(), true));
            return "policy/check";
        }
    }

    @PostMapping("/policy/reassessments")
    String reassess() {
        ReassessmentJob job = reassessments.start(users.current().username());
        return "redirect:/policy/reassessments/" + job.id();
    }

    @GetMapping("/policy/reassessments/{id}")
    String job(@PathVariable String id, Model model) {
        ReassessmentJob job = reassessments.find(id).orElseThrow(() -> NotFound.of("No re-assessment '" + id + "'."));
        model.addAttribute("job", JobView.of(job));
        return "policy/job";
    }

    private String showVersion(String version, boolean published, String reason, String reasonError, Model model) {
        List<PolicyVersion> versions = history.versions();
        PolicyVersion v = find(version);
        model.addAttribute("version", VersionRow.of(v, versions.get(0).version().equals(v.version())));
        model.addAttribute("published", published);
        model.addAttribute("diff", diff(history.diff(version)));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", reasonError);
        return "policy/version";
    }

    private PolicyVersion find(String version) {
        return history.versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> NotFound.of("No policy version '" + version + "' in the history."));
    }

    static List<DiffLine> diff(String diff) {
        if (diff == null || diff.isEmpty()) {
            return List.of();
        }
        return diff.lines().map(line -> new DiffLine(line,
                line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")
                        ? "file" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add"
                        : line.startsWith("-") ? "remove" : "context")).toList();
    }

    /**
     * A re-assessment job as its page shows it.
     *
     * @param label    the status in words, for its tag
     * @param tagClass the GOV.UK tag's colour for that status
     * @param note     what a STOPPED job means, or null
     * @param endedLabel "Finished", or for a STOPPED job when it last recorded its progress
     */
    record JobView(String id, String status, String label, String tagClass, String note, String endedLabel,
                   boolean running, int total,
                   int done, int changed, int failed, int percent, String requestedBy, String ruleSetVersion,
                   String started, String finished) {

        static JobView of(ReassessmentJob job) {
            int percent = job.total() == 0 ? 100 : (int) Math.floor(100.0 * job.done() / job.total());
            String label = switch (job.status()) {
                case RUNNING -> "Running";
                case DONE -> "Done";
                case FAILED -> "Failed";
                case STOPPED -> "Stopped";
            };
            String tag = switch (job.status()) {
                case RUNNING -> "govuk-tag--blue";
                case DONE -> "govuk-tag--green";
                case FAILED -> "govuk-tag--red";
                case STOPPED -> "govuk-tag--yellow";
            };
            String note = job.status() == ReassessmentJob.Status.STOPPED
                    ? "The service stopped before this re-assessment ended. What it stored is kept; re-assess again"
                    + " from the history and it does only what is left." : null;
            return new JobView(job.id(), job.status().name(), label, tag, note,
                    job.status() == ReassessmentJob.Status.STOPPED ? "Last progress" : "Finished",
                    job.status() == ReassessmentJob.Status.RUNNING, job.total(), job.done(), job.changed(),
                    job.failed(), percent, job.requestedBy(), job.ruleSetVersion(), Drafts.when(job.started()),
                    Drafts.when(job.finished()));
        }
    }
}
