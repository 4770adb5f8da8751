package dev.ladder.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.review.Review;

/**
 * Every rule of the project's rule set, and every row of every decision table, fires on at least
 * one review. A table that compiled to nothing, or a rule whose conditions can no longer be met,
 * fails here (decision tables can compile to nothing silently: ../shared/STACK.md).
 */
class RuleCoverageTest {

    private static final Engine ENGINE = Engine.ofProjectRules();

    @Test
    void everyDecisionTableRowIsARuleOfTheRuleSet() throws IOException {
        RuleSet rules = ENGINE.ruleSets.current().orElseThrow();
        List<String> rows = tableRowNames();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rules.rules()).containsAll(rows);
    }

    @Test
    void everyRuleFiresOnSomeReview() throws IOException {
        RuleSet rules = ENGINE.ruleSets.current().orElseThrow();
        Set<String> fired = new TreeSet<>();
        for (Case c : cases()) {
            fired.addAll(run(rules, c));
        }

        assertThat(fired).containsAll(tableRowNames());
        assertThat(fired).containsExactlyInAnyOrderElementsOf(rules.rules());
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String text : List.of("Ignores discrimination",
                "Maliciously or carelessly damages the reputation of the City Council")) {
            cases.add(new Case(Reviews.of("cambridge", 1).allRated(3).observedText(text).build(), null));
        }
        cases.add(new Case(Reviews.of("milton-keynes", 2).allRated(3)
                .observedText("Breaks financial or procurement rules").build(), null));
        cases.add(new Case(Reviews.of("milton-keynes", 4).allRated(3)
                .observedText("Acts in an underhand way")
                .observedText("Uses deceptive behaviour for personal advantage").build(), null));
        cases.add(new Case(Reviews.of("milton-keynes", 2).allRated(3).rated("customer-focus", 1)
                .rated("team-player", 2).observedText("Impatient with customers")
                .observedText("Does not put the customer first").build(), null));
        cases.add(new Case(Reviews.of("milton-keynes", 1).allRated(3).observedText("Impatient with customers").build(),
                Reviews.of("milton-keynes", 1).observedText("Impatient with customers").build("2025")));
        cases.add(new Case(Reviews.of("milton-keynes", 1).allRated(3).observedText("Impatient with customers").build(),
                null));
        cases.add(new Case(Reviews.of("leicester", 1).build(), null));
        for (String framework : List.of("cambridge", "milton-keynes", "leicester")) {
            cases.add(new Case(Reviews.of(framework, 1).allRated(3).allNextLevelBehaviours().build(), null));
            cases.add(new Case(Reviews.of(framework, 1).allRated(4).build(), null));
        }
        cases.add(new Case(Reviews.of("milton-keynes", 5).allRated(3).build(), null));
        return cases;
    }

    private static Set<String> run(RuleSet rules, Case c) {
        Set<String> fired = new TreeSet<>();
        KieSession session = rules.newSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            FactBuilder.facts(c.review(), LoadedFrameworks.framework(c.review().framework()),
                    Optional.ofNullable(c.previous())).forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired;
    }

    /** The rule names in the first column of every decision table's data rows. */
    static List<String> tableRowNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path table : RuleSetCompiler.ruleFiles(Path.of("rules"))) {
            if (!table.toString().endsWith(".drl.csv")) {
                continue;
            }
            boolean data = false;
            for (String line : Files.readAllLines(table)) {
                if (line.startsWith("Rule name,")) {
                    data = true;
                } else if (line.isBlank() || line.startsWith("RuleTable")) {
                    data = false;
                } else if (data) {
                    names.add(line.substring(0, line.indexOf(',')));
                }
            }
        }
        return names;
    }

    private record Case(Review review, Review previous) {
    }
}
