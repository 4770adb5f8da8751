package dev.ladder.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.update.UpdateRequest;

/**
 * The one door to RDF. Each source file lives in its own named graph, with the checksum of the file
 * it came from, so an unchanged file need not be loaded again. Implemented over Jena's
 * {@link org.apache.jena.rdfconnection.RDFConnection}, so the embedded TDB2 database and a remote
 * SPARQL store are the same code.
 * <p>
 * Queries and updates come in as Jena objects, never as text pasted together: callers build them from
 * constant SPARQL with {@link org.apache.jena.query.ParameterizedSparqlString} (values set with
 * {@code setLiteral}/{@code setIri}) or from Jena's syntax objects, so no value can change a query's shape.
 */
public interface RdfStore {

    /** Names of the graphs that hold loaded sources, with the checksum of the source of each. */
    Map<String, String> graphChecksums();

    /** A copy of one named graph; empty when the store has no such graph. */
    Optional<Model> graph(String name);

    /**
     * In one write transaction: puts each graph of {@code replacements} (replacing what was there) with
     * its checksum, and drops the graphs named in {@code removals}. Either all of it happens or none.
     */
    void replace(Map<String, SourceGraph> replacements, Set<String> removals);

    /** Runs one SPARQL Update request as one transaction. */
    void update(UpdateRequest request);

    /** Runs a SPARQL SELECT, handing each row to {@code onRow} inside the read. */
    void select(Query query, Consumer<QuerySolution> onRow);

    /** A store over a local dataset, such as the embedded TDB2 database. */
    static RdfStore over(Dataset dataset) {
        return new ConnectionRdfStore(() -> RDFConnection.connect(dataset));
    }

    /** An INSERT DATA operation putting every triple of {@code model} into the graph {@code graph}. */
    static org.apache.jena.update.Update insertData(String graph, Model model) {
        return ConnectionRdfStore.insert(graph, model);
    }

    /** A graph's content and the checksum of the file it was read from. */
    record SourceGraph(Model model, String checksum) {
    }
}
