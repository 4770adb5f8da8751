package dev.ladder.assessment.fact;

/** How urgent a learning need is; declared from most to least urgent. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    /** Whether this priority comes before {@code other} (HIGH before MEDIUM before LOW). */
    public boolean moreUrgentThan(Priority other) {
        return compareTo(other) < 0;
    }
}
