package dev.ladder.assessment.fact;

/** A competency expected at the employee's level that the review did not rate. */
public record NotAssessed(String competency, String title) implements Explained {

    @Override
    public String because() {
        return title + " was not rated";
    }
}
