package dev.ladder.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the store's single writer groups changes, under {@code ladder.store.group-commit.} (README,
 * "Configuration"; {@link GroupCommit}).
 *
 * @param maxWait how long the writer may hold a group back for the changes that usually come with it (as
 *                many as in the largest group of the last second); 0 writes whatever is queued at once
 */
@ConfigurationProperties("ladder.store.group-commit")
public record GroupCommitProperties(@DefaultValue("8ms") Duration maxWait) {

    public GroupCommitProperties {
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("ladder.store.group-commit.max-wait must not be negative; got " + maxWait);
        }
    }
}
