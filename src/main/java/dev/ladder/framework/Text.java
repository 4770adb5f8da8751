package dev.ladder.framework;

import java.util.Optional;

/**
 * What text Ladder accepts into its records (reviews, the register, CSV cells): well-formed Unicode
 * (no unpaired UTF-16 surrogate, which RDF stores cannot keep and which reads back changed) and no
 * control characters. Multi-line fields (a comment, an evidence note) may also hold line breaks and tabs.
 * Lives here, beside the frameworks every module reads, so that every input path applies the same rule.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is not acceptable single-line text, or empty when it is. */
    public static Optional<String> problem(String value) {
        return problem(value, false);
    }

    /** Why {@code value} is not acceptable text that may span lines, or empty when it is. */
    public static Optional<String> multiLineProblem(String value) {
        return problem(value, true);
    }

    private static Optional<String> problem(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds invalid Unicode (an unpaired surrogate, U+" + hex(c) + ") at character "
                        + (i + 1) + "; expected well-formed Unicode text");
            } else if (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("holds a control character (U+" + hex(c) + ") at character " + (i + 1)
                        + "; expected " + (multiLine ? "text without control characters other than line breaks and tabs"
                        : "text on one line without control characters"));
            }
        }
        return Optional.empty();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
