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

    /** @param targetLevel the level readiness is judged for, or null at the top of the ladder */
    public record Readiness(Integer targetLevel, String status, List<Gap> gaps, String because) {

        public Readiness {
            gaps = List.copyOf(gaps);
        }
    }

    /** A next-level competency under the readiness threshold, with the behaviours still to show. */
    public record Gap(String competency, List<String> missingIndicators, int shown, int required, String because) {

        public Gap {
            missingIndicators = List.copyOf(missingIndicators);
        }
    }
}
