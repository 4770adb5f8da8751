package dev.ladder.assessment.fact;

/** A yes-or-no cell of a decision table, written YES or NO (a typo does not compile). */
public enum YesNo {
    YES, NO
}
