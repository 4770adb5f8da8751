package dev.ladder.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * When the embedded TDB2 database is compacted by itself, under {@code ladder.store.compaction.}
 * (README, "Configuration"). TDB2 never overwrites a block in place: every write transaction appends
 * new copies of the B+tree blocks it changes, so the folder grows with every commit until a compaction
 * copies the live data into a new generation ({@code Data-NNNN}) and deletes the old one.
 *
 * @param enabled          whether the service compacts by itself
 * @param whenLargerThan   compact only when the database takes more than this on disk
 * @param growth           ... and more than this many times what it took after the last compaction
 *                         (kept in {@code compacted-size.txt} in the data folder across restarts; a store never compacted is compacted once it is past {@code whenLargerThan}), so a large live store is not copied again and again
 * @param minInterval      at least this long between two compactions
 * @param checkEvery       how often the size is looked at
 */
@ConfigurationProperties("ladder.store.compaction")
public record CompactionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("256MB") DataSize whenLargerThan,
        @DefaultValue("1.5") double growth,
        @DefaultValue("1m") Duration minInterval,
        @DefaultValue("15s") Duration checkEvery) {

    public CompactionProperties {
        if (growth < 1.0) {
            throw new IllegalArgumentException("ladder.store.compaction.growth must be 1.0 or more (a ratio of sizes); got "
                    + growth);
        }
        if (checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("ladder.store.compaction.check-every must be positive; got " + checkEvery);
        }
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("ladder.store.compaction.min-interval must not be negative; got "
                    + minInterval);
        }
    }
}
