package dev.ladder.store;

import java.util.function.LongSupplier;

/**
 * How many changes usually come together, for {@link GroupCommit}'s writer: the size of the largest group
 * written within the last second, or 1 when none was written in that time. Used only by the writer thread.
 */
final class Company {

    /** How long a group's size is remembered, in nanoseconds. */
    static final long MEMORY = 1_000_000_000L;

    private final LongSupplier clock;
    private int largest = 1;
    private long largestAt;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    Company(LongSupplier clock) {
        this.clock = clock;
        this.largestAt = clock.getAsLong() - MEMORY - 1;
    }

    /** How many changes a group should have: the largest group of the last second, at least 1. */
    int usual() {
        return clock.getAsLong() - largestAt > MEMORY ? 1 : largest;
    }

    /** A group of {@code size} changes has been taken to be written. */
    void written(int size) {
        long now = clock.getAsLong();
        if (size >= largest || now - largestAt > MEMORY) {
            largest = size;
            largestAt = now;
        }
    }
}
