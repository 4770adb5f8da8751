package dev.ladder.framework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The frameworks being served: an immutable snapshot swapped whole after each load, so a request
 * sees either the old frameworks or the new ones, never a mix. Also remembers what the last load did.
 */
@Component
public class Frameworks {

    private final AtomicReference<Snapshot> current =
            new AtomicReference<>(new Snapshot(Map.of(), null));

    public Collection<Framework> all() {
        return current.get().byId().values();
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(current.get().byId().get(id));
    }

    /** What the most recent load did, or null before the first. */
    public LoadReport lastLoad() {
        return current.get().lastLoad();
    }

    void publish(List<Framework> frameworks, LoadReport report) {
        Map<String, Framework> byId = new TreeMap<>();
        frameworks.forEach(framework -> byId.put(framework.id(), framework));
        current.set(new Snapshot(java.util.Collections.unmodifiableMap(byId), report));
    }

    private record Snapshot(Map<String, Framework> byId, LoadReport lastLoad) {
    }
}
