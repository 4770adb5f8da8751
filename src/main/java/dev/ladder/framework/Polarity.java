package dev.ladder.framework;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an indicator is behaviour the council wants to see, or a red flag. */
public enum Polarity {
    POSITIVE, NEGATIVE;

    /** As the API writes it: {@code "positive"} or {@code "negative"}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
