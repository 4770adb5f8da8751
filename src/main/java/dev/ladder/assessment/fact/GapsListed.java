package dev.ladder.assessment.fact;

/**
 * Whether an assessment with this readiness verdict lists the gaps (the next-level behaviours still
 * to show). Set by the decision table {@code rules/readiness-gaps.drl.csv}.
 */
public record GapsListed(ReadinessStatus status, YesNo listed) {

    public boolean yes() {
        return listed == YesNo.YES;
    }
}
