package dev.ladder.assessment;

import java.util.List;
import java.util.Optional;

import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;

import dev.ladder.framework.Framework;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewValidator;

/**
 * Assesses a review: check it against its framework ({@link ReviewValidator#frameworkOf}: the text
 * was checked where the review came in), build the facts, run the rule set in
 * service in a session of its own, and turn the findings into an {@link Assessment}. A pure function
 * of (review, previous review, framework snapshot, rule set); it stores nothing. Thread-safe: the
 * KieBase is shared, each call has its own session, disposed at the end.
 */
@Component
public class Assessor {

    private final ReviewValidator validator;
    private final RuleSets ruleSets;
    private final AssessmentAssembler assembler;

    Assessor(ReviewValidator validator, RuleSets ruleSets, AssessmentAssembler assembler) {
        this.validator = validator;
        this.ruleSets = ruleSets;
        this.assembler = assembler;
    }

    public Assessment assess(Review review) {
        return assess(review, Optional.empty());
    }

    /** @param previous the employee's latest earlier review, for red flags that repeat */
    public Assessment assess(Review review, Optional<Review> previous) {
        return assess(review, previous, ruleSets.current().orElseThrow(() -> new NoRuleSet(ruleSets.lastAttempt())));
    }

    /**
     * Assesses with a given rule set instead of the one in service: a draft being checked or previewed
     * ({@code policy}), or scenarios run against it ({@code scenario}).
     */
    public Assessment assess(Review review, Optional<Review> previous, RuleSet rules) {
        return assess(review, previous, rules, null);
    }

    /**
     * Assesses with a given rule set as {@link #assess(Review, Optional, RuleSet)} does, but without
     * learning recommendations: each need is there with its priority and reasons, and no resources.
     * The recommendation policy is still read and checked, so a rule set that cannot recommend fails
     * here as it would there. For counting verdicts over many reviews (the impact preview), where
     * choosing resources is most of the work left after the rules.
     */
    public Assessment assessWithoutRecommendations(Review review, Optional<Review> previous, RuleSet rules) {
        return run(review, previous, rules, null, false, (session, outcome) -> outcome.orThrow());
    }

    /**
     * Assesses with a given rule set and tells {@code firedRules} the name of every rule that fires
     * (scenarios use it to find the rules no scenario covers); null for no one to tell.
     */
    public Assessment assess(Review review, Optional<Review> previous, RuleSet rules,
                             java.util.function.Consumer<String> firedRules) {
        java.util.function.Consumer<KieSession> listen = firedRules == null ? null : session ->
                session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                        firedRules.accept(event.getMatch().getRule().getName());
                    }
                });
        return run(review, previous, rules, listen, true, (session, outcome) -> outcome.orThrow());
    }

    /**
     * Assesses as {@link #assess(Review, Optional, RuleSet)} does, and records how: every rule that
     * fired, in firing order, with the facts it used and what it concluded, in the council's words;
     * and each condition of READY with whether it held. A rule set that cannot assess the review (a
     * {@link PolicyFault}) gives an explanation with the fault as its problem and no assessment.
     */
    public Explanation explain(Review review, Optional<Review> previous, RuleSet rules) {
        Framework framework = validator.frameworkOf(review);
        FiringRecorder recorder = new FiringRecorder(new FactWords(framework));
        return run(review, previous, rules, recorder::listenTo, true, (session, outcome) -> new Explanation(
                rules.version(), outcome.assessment(), recorder.fired(session),
                ReadinessConditions.of(session.getObjects(), framework),
                outcome.fault() == null ? null : outcome.fault().getMessage()));
    }

    /**
     * Validates, builds the facts, runs a session of its own and assembles; {@code result} sees the
     * session before it is disposed, and the assessment or the fault that stopped it. Without
     * {@code listen} (null) the session comes from the rule set's pool, which resets it on dispose;
     * a session that is listened to is a fresh one, so that no listener outlives its assessment.
     */
    private <T> T run(Review review, Optional<Review> previous, RuleSet rules,
                      java.util.function.Consumer<KieSession> listen, boolean recommend,
                      java.util.function.BiFunction<KieSession, Outcome, T> result) {
        Framework framework = validator.frameworkOf(review);
        List<Object> facts = FactBuilder.facts(review, framework, previous);
        KieSession session = listen == null ? rules.pooledSession() : rules.newSession();
        try {
            if (listen != null) {
                listen.accept(session);
            }
            facts.forEach(session::insert);
            session.fireAllRules();
            Outcome outcome;
            try {
                outcome = new Outcome(assembler.assemble(review, framework, rules.version(), Findings.of(session),
                        recommend), null);
            } catch (PolicyFault fault) {
                outcome = new Outcome(null, fault);
            }
            return result.apply(session, outcome);
        } finally {
            session.dispose();
        }
    }

    /** An assessment, or the fault that kept the rule set from reaching one. */
    private record Outcome(Assessment assessment, PolicyFault fault) {

        Assessment orThrow() {
            if (fault != null) {
                throw fault;
            }
            return assessment;
        }
    }

    /** No rule set has compiled since start-up, so nothing can be assessed. */
    public static class NoRuleSet extends RuntimeException {
        NoRuleSet(RuleSets.Attempt attempt) {
            super("No rule set in service: the rules in ladder.rules-dir have not compiled"
                    + (attempt == null ? "" : ": " + attempt.problems().stream().map(RuleProblem::describe).toList()));
        }
    }
}
