package dev.ladder.assessment;

import java.util.List;

import dev.ladder.catalogue.Recommendation;

/**
 * The outcome of assessing one review: red flags, learning needs with recommendations, competencies
 * not assessed, and readiness for the next level, each saying why. The JSON form is part of the API
 * contract ({@code POST /api/assessments}).
 */
public record Assessment(String employeeId, String framework, int level, String period, String ruleSetVersion,
                         List<RedFlag> redFlags, List<LearningNeed> learningNeeds, List<String> notAssessed,
                         Readiness readiness) {

    public Assessment {
        redFlags = List.copyOf(redFlags);
        learningNeeds = List.copyOf(learningNeeds);
        notAssessed = List.copyOf(notAssessed);
    }

    /** @param severity "concern" or "serious" */
    public record RedFlag(String competency, String indicator, String text, String severity, String because) {
    }

    /** @param priority "high", "medium" or "low" */
    public record LearningNeed(String competency, String priority, List<String> reasons,
                               List<Recommendation> recommendations) {

        public LearningNeed {
            reasons = List.copyOf(reasons);
            recommendations = List.copyOf(recommendations);
        }
    }

    /**
     * @param targetLevel the level readiness is judged for, or null at the top of the ladder
     * @param gaps        the next level's competencies under the threshold, whether DEVELOPING or
     *                    NOT_READY (empty when READY or TOP_LEVEL)
     */
    public record Readiness(Integer targetLevel, String status, List<Gap> gaps, String because) {

        public Readiness {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * A next-level competency under the readiness threshold, with the behaviours still to show.
     *
     * @param missingIndicators  ids of the behaviours still to show, in framework order
     * @param missingBehaviours  the same behaviours with their texts, in framework order (empty in
     *                           assessments stored before it was added)
     * @param needed             how many more of them must be shown to reach the threshold (at least 1;
     *                           null in assessments stored before it was added)
     */
    public record Gap(String competency, List<String> missingIndicators, List<Behaviour> missingBehaviours,
                      Integer needed, int shown, int required, String because) {

        public Gap {
            missingIndicators = missingIndicators == null ? List.of() : List.copyOf(missingIndicators);
            missingBehaviours = missingBehaviours == null ? List.of() : List.copyOf(missingBehaviours);
        }
    }

    /** A behaviour of the framework: its indicator id and its text. */
    public record Behaviour(String indicator, String text) {
    }
}
