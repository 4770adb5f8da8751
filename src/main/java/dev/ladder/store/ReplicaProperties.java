package dev.ladder.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a replica over a shared (remote) store follows the others' writes, under {@code ladder.replicas.};
 * not used with the embedded TDB2 store. Documented in docs/scaling.md.
 *
 * @param pollInterval    how often the store's change log is read ({@code 1s}): a write through another
 *                        replica shows in this one's reports, register and rule set within about this
 *                        long plus the time to read the change; {@code 0} stops following
 * @param changeRetention how long entries stay in the change log ({@code 10m}); a replica that falls
 *                        further behind than that reloads everything
 */
@ConfigurationProperties("ladder.replicas")
public record ReplicaProperties(@DefaultValue("1s") Duration pollInterval,
                                @DefaultValue("10m") Duration changeRetention) {

    public ReplicaProperties {
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("ladder.replicas.poll-interval must be 0 (off) or more, not " + pollInterval);
        }
        if (changeRetention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("ladder.replicas.change-retention must be at least 1m, not "
                    + changeRetention);
        }
    }
}
