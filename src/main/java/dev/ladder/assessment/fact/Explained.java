package dev.ladder.assessment.fact;

/** A finding that says why, in words a person can check. */
public interface Explained {

    String because();
}
