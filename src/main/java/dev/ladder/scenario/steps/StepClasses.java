package dev.ladder.scenario.steps;

import java.util.List;

/** Every class of step definitions; the runner and the glossary read these, nothing is scanned. */
public final class StepClasses {

    public static final List<Class<?>> ALL = List.of(ReviewSteps.class, AssessingSteps.class, RedFlagSteps.class,
            LearningNeedSteps.class, RecommendationSteps.class, ReadinessSteps.class, ExplanationSteps.class,
            FrameworkSteps.class);

    private StepClasses() {
    }
}
