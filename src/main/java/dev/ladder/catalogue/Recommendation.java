package dev.ladder.catalogue;

/** A learning resource suggested for one need, and why it was chosen. */
public record Recommendation(String id, String title, String type, String effort, String because) {
}
