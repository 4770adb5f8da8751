package dev.ladder.catalogue;

import java.util.Locale;

/** The career stage a learning resource is aimed at, shared by all councils ({@code lad:Audience}). */
public enum Audience {
    ALL_STAFF("all staff"), FIRST_LINE_MANAGER("first line managers"), MIDDLE_MANAGER("middle managers"),
    SENIOR_LEADER("senior leaders");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code lad:FirstLineManager} → {@link #FIRST_LINE_MANAGER}. */
    static Audience fromLocalName(String localName) {
        return valueOf(localName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
