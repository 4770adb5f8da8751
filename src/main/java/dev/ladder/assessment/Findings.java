package dev.ladder.assessment;

import java.util.List;

import org.kie.api.runtime.KieSession;

import dev.ladder.assessment.fact.NeedReason;
import dev.ladder.assessment.fact.NotAssessed;
import dev.ladder.assessment.fact.ReadinessGap;
import dev.ladder.assessment.fact.ReadinessVerdict;
import dev.ladder.assessment.fact.RedFlag;

/** Everything the rules concluded about one review, read out of the session once it has run. */
record Findings(List<RedFlag> redFlags, List<NeedReason> needReasons, List<NotAssessed> notAssessed,
                List<ReadinessGap> gaps, List<ReadinessVerdict> verdicts) {

    static Findings of(KieSession session) {
        return new Findings(all(session, RedFlag.class), all(session, NeedReason.class),
                all(session, NotAssessed.class), all(session, ReadinessGap.class), all(session, ReadinessVerdict.class));
    }

    private static <T> List<T> all(KieSession session, Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    /** The one verdict; more or fewer means the rules are wrong, and the assessment must not pretend otherwise. */
    ReadinessVerdict verdict(String ruleSetVersion, String framework) {
        if (verdicts.size() != 1) {
            throw new IllegalStateException("Rule set " + ruleSetVersion + " reached " + verdicts.size()
                    + " readiness verdicts for framework '" + framework + "' instead of one " + verdicts
                    + "; check readiness.drl and that readiness-threshold.drl.csv has a row for '" + framework + "'");
        }
        return verdicts.get(0);
    }
}
