package dev.ladder.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;

/**
 * The rules page.
 *
 * @param inService   whether a rule set is in service
 * @param version     its version (a hash of its files), or null
 * @param compiledAt  when it was compiled, in words, or null
 * @param compiledIso the same, ISO-8601, for {@code <time datetime>}
 * @param files       its rule files, relative to the rules folder, in compilation order
 * @param rules       the names of its rules, including one per decision-table row
 * @param lastFailed  whether the latest compilation failed
 * @param warning     what that means, when it failed: which rule set serves meanwhile
 * @param lastSummary what the latest compilation did, in a sentence
 * @param problems    the latest compilation's problems (empty when it compiled)
 */
record RulesView(boolean inService, String version, String compiledAt, String compiledIso, List<String> files,
                 List<String> rules, boolean lastFailed, String warning, String lastSummary, List<Problem> problems) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    /**
     * A problem of a rule file: where (line and column, or "–" when not known; row and column for a
     * table), the message (Drools' own, or a check's) and what to do about it in plain English (or null).
     */
    record Problem(String file, String line, String column, String message, String hint) {
    }

    static RulesView of(RuleSet current, RuleSets.Attempt last) {
        boolean failed = last != null && !last.problems().isEmpty();
        String summary;
        if (last == null) {
            summary = "The rules have not been compiled yet.";
        } else if (!failed) {
            summary = "The latest compilation, at " + when(last.at()) + ", succeeded in " + last.millis() + " ms.";
        } else {
            int n = last.problems().size();
            summary = "The latest compilation, at " + when(last.at()) + ", failed with "
                    + (n == 1 ? "1 problem" : n + " problems") + (current == null
                    ? ". No rule set is in service, so nothing can be assessed until the rules compile."
                    : ". The rule set compiled before it stays in service until the rules compile.");
        }
        List<Problem> problems = last == null ? List.of() : last.problems().stream()
                .map(p -> new Problem(p.file(), p.line() == null ? "–" : p.line().toString(),
                        p.column() == null ? "–" : p.column().toString(), p.message(), p.hint())).toList();
        String warning = !failed ? null : current == null
                ? "The rules in the folder do not compile, and no rule set is in service: nothing can be assessed "
                + "until they compile."
                : "The rules in the folder do not compile. Rule set " + current.version()
                + ", compiled before, stays in service until they do.";
        return current == null
                ? new RulesView(false, null, null, null, List.of(), List.of(), failed, warning, summary, problems)
                : new RulesView(true, current.version(), when(current.compiledAt()), current.compiledAt().toString(),
                current.files(), current.rules(), failed, warning, summary, problems);
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }
}
