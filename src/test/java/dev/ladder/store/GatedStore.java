package dev.ladder.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.update.UpdateRequest;

/**
 * For tests of the group committer: a real store, with its first update held until {@link #open} is
 * counted down (so changes pile up behind it), that remembers how many operations each update (each
 * write transaction) had.
 */
public final class GatedStore implements RdfStore {

    /** Counted down when the first update reaches the store. */
    public final CountDownLatch entered = new CountDownLatch(1);
    /** Count down to let the first update (and every later one) through. */
    public final CountDownLatch open = new CountDownLatch(1);
    /** The number of operations of each update, in the order they reached the store. */
    public final List<Integer> operations = new CopyOnWriteArrayList<>();
    private final RdfStore store;

    public GatedStore(RdfStore store) {
        this.store = store;
    }

    @Override
    public void update(UpdateRequest request) {
        operations.add(request.getOperations().size());
        entered.countDown();
        try {
            open.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.update(request);
    }

    @Override
    public Map<String, String> graphChecksums() {
        return store.graphChecksums();
    }

    @Override
    public Optional<Model> graph(String name) {
        return store.graph(name);
    }

    @Override
    public void replace(Map<String, SourceGraph> replacements, Set<String> removals) {
        store.replace(replacements, removals);
    }

    @Override
    public void select(Query query, Consumer<QuerySolution> onRow) {
        store.select(query, onRow);
    }
}
