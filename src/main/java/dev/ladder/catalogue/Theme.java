package dev.ladder.catalogue;

/** A cross-council theme of learning, such as customer focus, that links competencies to resources. */
public record Theme(String id, String title, String definition) {
}
