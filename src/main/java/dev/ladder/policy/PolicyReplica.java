package dev.ladder.policy;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.ladder.store.ChangeListener;
import dev.ladder.store.ChangeLog;

/**
 * Keeps this replica's policy (history and rule set in service) the shared store's: at start-up, and
 * whenever the change log says a version was published (through any replica). Does nothing with the
 * embedded store.
 */
@Component
class PolicyReplica implements ChangeListener, SmartInitializingSingleton {

    private final Publisher publisher;

    PolicyReplica(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        publisher.follow();
    }

    @Override
    public void changed(List<ChangeLog.Change> changes) {
        if (changes.stream().anyMatch(c -> ChangeLog.POLICY.equals(c.kind()))) {
            publisher.follow();
        }
    }

    @Override
    public void missed() {
        publisher.follow();
    }
}
