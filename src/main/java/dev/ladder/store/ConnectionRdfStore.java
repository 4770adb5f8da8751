package dev.ladder.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * {@link RdfStore} over an {@link RDFConnection}. Checksums are kept as triples in one bookkeeping
 * graph, {@value #META_GRAPH}, so they change in the same transaction as the graphs they describe.
 */
class ConnectionRdfStore implements RdfStore {

    static final String META_GRAPH = "urn:ladder:store:sources";
    private static final String CHECKSUM = "urn:ladder:store:checksum";

    private final Supplier<RDFConnection> connections;

    ConnectionRdfStore(Supplier<RDFConnection> connections) {
        this.connections = connections;
    }

    @Override
    public Map<String, String> graphChecksums() {
        Map<String, String> checksums = new HashMap<>();
        try (RDFConnection conn = connections.get()) {
            conn.querySelect("SELECT ?g ?sum WHERE { GRAPH <" + META_GRAPH + "> { ?g <" + CHECKSUM + "> ?sum } }",
                    (QuerySolution row) -> checksums.put(row.getResource("g").getURI(),
                            row.getLiteral("sum").getString()));
        }
        return checksums;
    }

    @Override
    public Optional<Model> graph(String name) {
        try (RDFConnection conn = connections.get()) {
            return conn.calculateRead(() -> {
                boolean present = conn.queryAsk("ASK { GRAPH <" + name + "> { ?s ?p ?o } }");
                // Copied inside the read transaction: a local connection hands out a live view of the store.
                return present ? Optional.of(ModelFactory.createDefaultModel().add(conn.fetch(name)))
                        : Optional.<Model>empty();
            });
        }
    }

    @Override
    public void replace(Map<String, SourceGraph> replacements, Set<String> removals) {
        try (RDFConnection conn = connections.get()) {
            conn.executeWrite(() -> {
                UpdateRequest bookkeeping = UpdateFactory.create();
                removals.forEach(name -> {
                    bookkeeping.add("DROP SILENT GRAPH <" + name + ">");
                    bookkeeping.add(forgetChecksum(name));
                });
                replacements.forEach((name, source) -> {
                    bookkeeping.add(forgetChecksum(name));
                    bookkeeping.add("INSERT DATA { GRAPH <" + META_GRAPH + "> { <" + name + "> <" + CHECKSUM + "> \""
                            + source.checksum() + "\" } }");
                });
                replacements.forEach((name, source) -> conn.put(name, source.model()));
                if (!bookkeeping.getOperations().isEmpty()) {
                    conn.update(bookkeeping);
                }
            });
        }
    }

    private static String forgetChecksum(String name) {
        return "DELETE WHERE { GRAPH <" + META_GRAPH + "> { <" + name + "> <" + CHECKSUM + "> ?sum } }";
    }
}
