package dev.ladder.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.scenario.ScenarioReport;
import dev.ladder.scenario.ScenarioResult;
import dev.ladder.scenario.Scenarios;

/**
 * Checks a set of policy files (a draft, or an earlier version being rolled back to) without
 * touching the service: builds their rule set (compile, ontology references, lint, sample reviews),
 * runs every scenario against it, and names the rules no scenario makes fire. The draft's rule set
 * is released afterwards.
 */
@Component
class PolicyCheck {

    /** The name the scenario runner gives a feature file it cannot parse. */
    static final String UNREADABLE = "(the file cannot be read as scenarios)";
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+): ");

    private final RuleSets ruleSets;
    private final Scenarios scenarios;

    PolicyCheck(RuleSets ruleSets, Scenarios scenarios) {
        this.ruleSets = ruleSets;
        this.scenarios = scenarios;
    }

    /**
     * A feature file that is not Gherkin is a problem of the file (features/…, line, column), as a
     * rule file that does not compile is; the scenario runner reports it as a failed pseudo-scenario.
     */
    private static List<RuleProblem> unreadableFeatures(ScenarioReport report) {
        List<RuleProblem> problems = new java.util.ArrayList<>();
        for (ScenarioResult result : report.results()) {
            if (result.status() == ScenarioResult.Status.FAILED && result.failedStep() == null
                    && UNREADABLE.equals(result.name())) {
                String message = result.message() == null ? "" : result.message();
                Matcher at = LINE_COLUMN.matcher(message);
                boolean located = at.lookingAt();
                problems.add(new RuleProblem(PolicyFiles.FEATURES + result.feature(),
                        located ? Integer.valueOf(at.group(1)) : (result.line() > 0 ? result.line() : null),
                        located ? Integer.valueOf(at.group(2)) : null,
                        located ? message.substring(at.end()) : message,
                        "The file is not a valid feature: each scenario starts with 'Scenario:' or 'Scenario Outline:'"
                                + " and each step with Given, When, Then, And or But"));
            }
        }
        return problems;
    }

    CheckReport check(Map<String, byte[]> files) {
        Checked checked = checkKeeping(files);
        checked.release(ruleSets);
        return checked.report();
    }

    /**
     * Like {@link #check}, but a rule set that passed is kept for the caller, who either puts it into
     * service ({@link RuleSets#putInService}) or {@link Checked#release releases} it: a publish then
     * compiles the draft once, not once to check it and again to reload the folder.
     */
    Checked checkKeeping(Map<String, byte[]> files) {
        SortedMap<String, byte[]> rules = new TreeMap<>();
        SortedMap<String, String> features = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (PolicyFiles.isFeature(path)) {
                features.put(path.substring(PolicyFiles.FEATURES.length()), new String(bytes, StandardCharsets.UTF_8));
            } else {
                rules.put(path, bytes);
            }
        });
        RuleSetCompiler.Result built = ruleSets.build(rules);
        if (!built.ok()) {
            return new Checked(new CheckReport(null, built.problems(), null, List.of()), null);
        }
        CheckReport report;
        try {
            ScenarioReport ran = scenarios.run(features, built.ruleSet());
            report = new CheckReport(built.ruleSet().version(), unreadableFeatures(ran), ran,
                    ran.rulesNotFired(built.ruleSet()));
        } catch (RuntimeException e) {
            // the scenarios could not run at all; say so as a problem rather than fail the request
            report = new CheckReport(built.ruleSet().version(), List.of(new RuleProblem("features", null, null,
                    "The scenarios could not be run: " + e.getMessage())), null, List.of());
        }
        if (!report.passed()) {
            ruleSets.release(built.ruleSet());
            return new Checked(report, null);
        }
        return new Checked(report, built.ruleSet());
    }

    /** A check's report and, when it passed, the rule set it built (not yet released). */
    record Checked(CheckReport report, RuleSet ruleSet) {

        void release(RuleSets ruleSets) {
            if (ruleSet != null) {
                ruleSets.release(ruleSet);
            }
        }
    }
}
