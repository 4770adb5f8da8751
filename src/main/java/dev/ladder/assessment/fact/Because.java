package dev.ladder.assessment.fact;

import java.util.Collection;
import java.util.stream.Collectors;

/** Joins the explanations of several findings into one sentence, for use in rules. */
public final class Because {

    private Because() {
    }

    /** "a; b; c" from the {@code because} of each finding, in a stable order. */
    public static String join(Collection<?> findings) {
        return findings.stream().map(f -> ((Explained) f).because()).sorted().collect(Collectors.joining("; "));
    }

    /** Like {@link #join}, naming after each escalation the rule that found it. */
    public static String withRules(Collection<?> escalations) {
        return escalations.stream().map(f -> ((Escalation) f).because() + " (rule \"" + ((Escalation) f).rule() + "\")")
                .sorted().collect(Collectors.joining("; "));
    }

    /** Why an employee is developing: their red flags, unrated competencies and next-level gaps. */
    public static String developing(Collection<?> redFlags, Collection<?> notAssessed, Collection<?> gaps) {
        StringBuilder why = new StringBuilder();
        append(why, "red flags: ", redFlags);
        append(why, "not assessed: ", notAssessed);
        append(why, "next-level gaps: ", gaps);
        return why.toString();
    }

    private static void append(StringBuilder why, String heading, Collection<?> findings) {
        if (!findings.isEmpty()) {
            if (why.length() > 0) {
                why.append(". ");
            }
            why.append(heading).append(join(findings));
        }
    }
}
