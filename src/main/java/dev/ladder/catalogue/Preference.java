package dev.ladder.catalogue;

/** What makes a learning resource a better recommendation for a need than another. */
public enum Preference {
    AIMED_AT_RED_FLAG("aimed at a red flag observed in the competency"),
    AIMED_AT_CAREER_STAGE("aimed at the employee's career stage");

    private final String label;

    Preference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
