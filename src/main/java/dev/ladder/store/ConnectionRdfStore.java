package dev.ladder.store;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * {@link RdfStore} over an {@link RDFConnection}. Every change is one SPARQL Update request, which
 * both TDB2 and a SPARQL 1.1 server such as Fuseki run as one transaction: all of it or none.
 * Checksums are kept as triples in one bookkeeping graph, {@value #META_GRAPH}, so they change in
 * the same request as the graphs they describe.
 */
class ConnectionRdfStore implements RdfStore {

    static final String META_GRAPH = "urn:ladder:store:sources";
    private static final String CHECKSUM = "urn:ladder:store:checksum";

    // The store's own SPARQL: constant text; a graph's name goes in only through setIri, never pasted.
    private static final String CHECKSUMS = "SELECT ?g ?sum WHERE { GRAPH <" + META_GRAPH + "> { ?g <" + CHECKSUM
            + "> ?sum } }";
    private static final String HAS_GRAPH = "ASK { GRAPH ?graph { ?s ?p ?o } }";
    private static final String FORGET_CHECKSUM = "DELETE WHERE { GRAPH <" + META_GRAPH + "> { ?graph <" + CHECKSUM
            + "> ?sum } }";

    private final Supplier<RDFConnection> connections;

    ConnectionRdfStore(Supplier<RDFConnection> connections) {
        this.connections = connections;
    }

    @Override
    public Map<String, String> graphChecksums() {
        Map<String, String> checksums = new HashMap<>();
        select(QueryFactory.create(CHECKSUMS), row -> checksums.put(row.getResource("g").getURI(), row.getLiteral("sum").getString()));
        return checksums;
    }

    @Override
    public Optional<Model> graph(String name) {
        return withConnection(false, conn -> copyOf(conn, name));
    }

    /** A copy of graph {@code name}; here ASK and fetch in one read transaction of the local dataset. */
    Optional<Model> copyOf(RDFConnection conn, String name) {
        return conn.calculateRead(() -> {
            boolean present = conn.queryAsk(withGraph(HAS_GRAPH, name).asQuery());
            // Copied inside the read transaction: a local connection hands out a live view of the store.
            return present ? Optional.of(ModelFactory.createDefaultModel().add(conn.fetch(name)))
                    : Optional.<Model>empty();
        });
    }

    @Override
    public void replace(Map<String, SourceGraph> replacements, Set<String> removals) {
        UpdateRequest request = new UpdateRequest();
        removals.forEach(name -> {
            request.add(new UpdateDrop(node(name), true));
            request.add(forgetChecksum(name));
        });
        replacements.forEach((name, source) -> {
            request.add(new UpdateDrop(node(name), true));
            request.add(forgetChecksum(name));
            request.add(rememberChecksum(name, source.checksum()));
            request.add(insert(name, source.model()));
        });
        if (!request.getOperations().isEmpty()) {
            update(request);
        }
    }

    @Override
    public void update(UpdateRequest request) {
        withConnection(true, conn -> {
            conn.update(request);
            return null;
        });
    }

    @Override
    public void select(Query query, Consumer<QuerySolution> onRow) {
        withConnection(false, conn -> {
            conn.querySelect(query, onRow::accept);
            return null;
        });
    }

    /**
     * Runs {@code action} on a new connection, closed afterwards. An HTTP failure (only a remote store
     * has those) is handed to {@link #failed} to be explained.
     */
    private <T> T withConnection(boolean update, Function<RDFConnection, T> action) {
        try (RDFConnection conn = connections.get()) {
            return action.apply(conn);
        } catch (HttpException | QueryExceptionHTTP | RuntimeIOException | UncheckedIOException e) {
            throw failed(update, e);
        }
    }

    /**
     * The exception to throw for a failed request; {@code update} tells an update from a query. Here the
     * same exception: the embedded store behaves as it always did. The remote store names its URL.
     */
    RuntimeException failed(boolean update, RuntimeException e) {
        return e;
    }

    /** INSERT DATA of every triple of {@code model} into graph {@code name}. */
    static UpdateDataInsert insert(String name, Model model) {
        QuadDataAcc quads = new QuadDataAcc();
        Node graph = node(name);
        model.getGraph().find().forEachRemaining(t -> quads.addQuad(Quad.create(graph, t)));
        return new UpdateDataInsert(quads);
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static UpdateDataInsert rememberChecksum(String name, String checksum) {
        QuadDataAcc quads = new QuadDataAcc();
        quads.addQuad(Quad.create(node(META_GRAPH), node(name), node(CHECKSUM), NodeFactory.createLiteralString(checksum)));
        return new UpdateDataInsert(quads);
    }

    private static org.apache.jena.update.Update forgetChecksum(String name) {
        return withGraph(FORGET_CHECKSUM, name).asUpdate().getOperations().get(0);
    }

    /**
     * {@code sparql} with {@code ?graph} bound to the IRI {@code name}. Jena refuses an IRI that could
     * break out of its angle brackets, so a strange graph name fails rather than changes the request.
     */
    static ParameterizedSparqlString withGraph(String sparql, String name) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(sparql);
        text.setIri("graph", name);
        return text;
    }
}
