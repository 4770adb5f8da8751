package dev.ladder.framework;

import java.util.List;

/** A rung of a framework's ladder; rank 1 is the first. {@code id} is the last segment of its IRI. */
public record Level(String id, int rank, String label, List<String> typicalPosts) {

    public Level {
        typicalPosts = List.copyOf(typicalPosts);
    }
}
