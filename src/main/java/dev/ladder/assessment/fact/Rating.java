package dev.ladder.assessment.fact;

/**
 * The reviewer's rating of one competency.
 *
 * @param label           what the value means on the framework's scale, e.g. "developing"
 * @param expectedAtLevel whether the competency is expected at the employee's current level
 */
public record Rating(String competency, String title, int value, String label, boolean expectedAtLevel) {

    /** "MANAGING PEOPLE was rated 2 (developing)". */
    public String describe() {
        return title + " was rated " + value + " (" + label + ")";
    }
}
