package dev.ladder.policy;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the policy graph {@value #GRAPH} of a shared (remote) store: the
 * head of the policy history (a commit id) and the whole history as a git bundle, so every replica
 * has the same versions under the same ids. A new head is written only if the head is still the one
 * the writer started from (compare and set, in one update), with its change-log entry in that update.
 */
final class PolicyGraph {

    static final String GRAPH = "urn:ladder:policy";

    static final String HEAD = """
            PREFIX pol: <https://w3id.org/ladder/policy#>
            SELECT ?head WHERE { GRAPH <urn:ladder:policy> { <urn:ladder:policy> pol:head ?head } }""";
    static final String BUNDLE = """
            PREFIX pol: <https://w3id.org/ladder/policy#>
            SELECT ?head ?bundle WHERE { GRAPH <urn:ladder:policy> {
              <urn:ladder:policy> pol:head ?head ; pol:bundle ?bundle } }""";
    /** Replaces head and bundle when the head is still {@code ?expected} ("" for none yet). */
    static final String PUT = """
            PREFIX pol: <https://w3id.org/ladder/policy#>
            DELETE { GRAPH <urn:ladder:policy> { <urn:ladder:policy> pol:head ?old ; pol:bundle ?oldBundle } }
            INSERT { GRAPH <urn:ladder:policy> { <urn:ladder:policy> pol:head ?head ; pol:bundle ?bundle } }
            WHERE { OPTIONAL { GRAPH <urn:ladder:policy> { <urn:ladder:policy> pol:head ?old ; pol:bundle ?oldBundle } }
                    FILTER (COALESCE(?old, "") = ?expected) }""";

    private final RdfStore store;
    private final ChangeLog changes;

    PolicyGraph(RdfStore store) {
        this.store = store;
        this.changes = ChangeLog.of(store);
    }

    /** The commit id of the latest published version, if the store has a policy history. */
    Optional<String> head() {
        String[] head = {null};
        store.select(QueryFactory.create(HEAD), row -> head[0] = row.getLiteral("head").getString());
        return Optional.ofNullable(head[0]);
    }

    /** The head and the history as a git bundle. */
    Optional<Shared> read() {
        Shared[] found = {null};
        store.select(QueryFactory.create(BUNDLE), row -> found[0] = new Shared(row.getLiteral("head").getString(),
                Base64.getDecoder().decode(row.getLiteral("bundle").getString())));
        return Optional.ofNullable(found[0]);
    }

    /**
     * Makes {@code head} (with the history {@code bundle}) the latest version, if the store's head is still
     * {@code expected} (null: none yet).
     *
     * @return whether it did: false when another replica published first
     */
    boolean put(String expected, String head, byte[] bundle) {
        ParameterizedSparqlString put = new ParameterizedSparqlString(PUT);
        put.setLiteral("expected", expected == null ? "" : expected);
        put.setLiteral("head", head);
        put.setLiteral("bundle", Base64.getEncoder().encodeToString(bundle));
        UpdateRequest request = put.asUpdate();
        changes.mark(request, ChangeLog.POLICY, List.of(head));
        store.update(request);
        return head().map(head::equals).orElse(false);
    }

    record Shared(String head, byte[] bundle) {
    }
}
