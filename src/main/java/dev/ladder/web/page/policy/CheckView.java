package dev.ladder.web.page.policy;

import java.util.List;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.policy.CheckReport;
import dev.ladder.scenario.ScenarioResult;

/**
 * What checking a draft found, as its page shows it: the problems (file, row or line, column, message,
 * hint) each linking to the file's editor at that place; every scenario passed or failed, with the
 * failing step and why in plain words; the rules no scenario makes fire.
 *
 * @param refused whether this is the report of a refused publish or roll back
 */
record CheckView(String draftId, String draftHref, boolean passed, String summary, List<Problem> problems,
                 boolean scenariosRan, int passedCount, int failedCount, List<Scenario> scenarios,
                 List<String> uncoveredRules, boolean refused) {

    record Problem(String file, String where, String message, String hint, String href) {
    }

    record Scenario(String name, String feature, int line, boolean passed, String failedStep, String message,
                    String href) {
    }

    static CheckView of(String draftId, CheckReport report, boolean refused) {
        List<Problem> problems = report.problems().stream().map(p -> new Problem(p.file(), where(p), p.message(),
                p.hint(), draftId == null ? null : DraftFiles.href(draftId, p.file(), p.line()))).toList();
        List<Scenario> scenarios = report.scenarios() == null ? List.of() : report.scenarios().results().stream()
                .sorted(java.util.Comparator.comparing((ScenarioResult r) -> r.status() == ScenarioResult.Status.PASSED)
                        .thenComparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line))
                .map(r -> new Scenario(r.name(), r.feature(), r.line(), r.status() == ScenarioResult.Status.PASSED,
                        r.failedStep(), r.message(),
                        draftId == null ? null : DraftFiles.href(draftId, featurePath(r.feature()),
                                r.failedStepLine() != null ? r.failedStepLine() : r.line())))
                .toList();
        return new CheckView(draftId, draftId == null ? null : "/policy/drafts/" + draftId, report.passed(),
                summary(report), problems, report.scenarios() != null,
                report.scenarios() == null ? 0 : report.scenarios().passed(),
                report.scenarios() == null ? 0 : report.scenarios().failed(), scenarios, report.uncoveredRules(),
                refused);
    }

    /** The check in a sentence. */
    static String summary(CheckReport report) {
        String problems = count(report.problems().size(), "problem");
        if (report.scenarios() == null) {
            return problems + "; the scenarios could not run, because the rules do not compile.";
        }
        return problems + "; " + count(report.scenarios().passed(), "scenario") + " passed, "
                + report.scenarios().failed() + " failed" + (report.passed() ? ". The draft may be published." : ".");
    }

    /** A problem in one sentence, for the grid and the editor. */
    static String sentence(RuleProblem p) {
        return where(p) + ": " + p.message() + (p.hint() == null ? "" : " – " + p.hint());
    }

    /** A scenario's file as a path of the draft ({@code features/…}). */
    static String featurePath(String feature) {
        return feature.startsWith("features/") ? feature : "features/" + feature;
    }

    private static String where(RuleProblem p) {
        if (p.line() == null) {
            return p.file();
        }
        boolean table = p.file().endsWith(".csv") || p.file().endsWith(".xlsx");
        return p.file() + ", " + (table ? "row " : "line ") + p.line() + (p.column() == null ? "" : ", column " + p.column());
    }

    private static String count(int n, String noun) {
        return n == 1 ? "1 " + noun : n + " " + noun + "s";
    }
}
