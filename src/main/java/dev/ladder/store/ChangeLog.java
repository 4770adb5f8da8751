package dev.ladder.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The change log that lets replicas over one shared store see each other's writes: the graph
 * {@value #GRAPH} holds a counter ({@code chg:last}) and one entry per write (its number, its kind
 * such as {@code reviews} or {@code register}, when, and what it touched, e.g. the employees whose
 * reviews changed). A writer adds its entry to the SAME update request as the write ({@link #mark}),
 * so the store holds an entry exactly for the writes it holds; the entry's number is taken from the
 * counter inside that update, so numbers are gap-free and in commit order on a store that runs updates
 * one at a time (Fuseki over TDB2 or in memory; see docs/scaling.md for clustered stores).
 *
 * <p>Only a remote store keeps a log: with the embedded TDB2 database there is one process, {@link #of}
 * gives the inactive log, and {@link #mark} adds nothing, so nothing gets slower or bigger.
 */
public final class ChangeLog {

    public static final String GRAPH = "urn:ladder:changes";
    /** Kind of the entries of stored, erased or re-assessed reviews; subjects are employee ids. */
    public static final String REVIEWS = "reviews";
    /** Kind of the entries of a changed organisation register; no subjects. */
    public static final String REGISTER = "register";
    /** Kind of the entries of a newly published policy version; the subject is the version. */
    public static final String POLICY = "policy";

    private static final ChangeLog INACTIVE = new ChangeLog(null);

    static final String MARK = """
            PREFIX chg: <https://w3id.org/ladder/change#>
            DELETE { GRAPH <urn:ladder:changes> { <urn:ladder:changes> chg:last ?last } }
            INSERT { GRAPH <urn:ladder:changes> { <urn:ladder:changes> chg:last ?next .
                       ?entry chg:seq ?next ; chg:kind ?kind ; chg:at ?at } }
            WHERE { OPTIONAL { GRAPH <urn:ladder:changes> { <urn:ladder:changes> chg:last ?last } }
                    BIND (COALESCE(?last, 0) + 1 AS ?next) }""";
    /**
     * After {@link #MARK} in the same request: the subjects of the entry just numbered, rows
     * {@code (?subject)} added as a VALUES block built from RDF terms.
     */
    static final String SUBJECTS = """
            PREFIX chg: <https://w3id.org/ladder/change#>
            INSERT { GRAPH <urn:ladder:changes> { ?entry chg:subject ?subject } }
            WHERE { }""";
    static final String LAST = """
            PREFIX chg: <https://w3id.org/ladder/change#>
            SELECT ?last WHERE { GRAPH <urn:ladder:changes> { <urn:ladder:changes> chg:last ?last } }""";
    static final String SINCE = """
            PREFIX chg: <https://w3id.org/ladder/change#>
            SELECT ?seq ?kind ?subject WHERE { GRAPH <urn:ladder:changes> {
              ?entry chg:seq ?seq ; chg:kind ?kind . FILTER (?seq > ?after)
              OPTIONAL { ?entry chg:subject ?subject } } } ORDER BY ?seq""";
    static final String PRUNE = """
            PREFIX chg: <https://w3id.org/ladder/change#>
            DELETE { GRAPH <urn:ladder:changes> { ?entry ?p ?o } }
            WHERE { GRAPH <urn:ladder:changes> { ?entry chg:at ?at ; ?p ?o FILTER (?at < ?before) } }""";

    private final RdfStore store;

    private ChangeLog(RdfStore store) {
        this.store = store;
    }

    /** The log of {@code store}: active for a remote (shared) store, inactive for the embedded one. */
    public static ChangeLog of(RdfStore store) {
        return store instanceof RemoteRdfStore ? new ChangeLog(store) : INACTIVE;
    }

    /** True when writes are logged (a remote store, which replicas may share). */
    public boolean active() {
        return store != null;
    }

    /**
     * Adds to {@code request} an entry of {@code kind} touching {@code subjects}, numbered in the same
     * update; nothing when the log is inactive.
     */
    public void mark(UpdateRequest request, String kind, Collection<String> subjects) {
        if (!active()) {
            return;
        }
        String entry = "urn:ladder:change:" + UUID.randomUUID();
        ParameterizedSparqlString mark = new ParameterizedSparqlString(MARK);
        mark.setIri("entry", entry);
        mark.setLiteral("kind", kind);
        mark.setLiteral("at", ResourceFactory.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        mark.asUpdate().forEach(request::add);
        Set<String> distinct = new LinkedHashSet<>(subjects);
        if (!distinct.isEmpty()) {
            ParameterizedSparqlString about = new ParameterizedSparqlString(SUBJECTS);
            about.setIri("entry", entry);
            org.apache.jena.sparql.modify.request.UpdateModify insert =
                    (org.apache.jena.sparql.modify.request.UpdateModify) about.asUpdate().getOperations().get(0);
            org.apache.jena.sparql.core.Var subject = org.apache.jena.sparql.core.Var.alloc("subject");
            org.apache.jena.sparql.syntax.ElementData rows = new org.apache.jena.sparql.syntax.ElementData();
            rows.add(subject);
            distinct.forEach(s -> rows.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(subject,
                    org.apache.jena.graph.NodeFactory.createLiteralString(s))));
            org.apache.jena.sparql.syntax.ElementGroup where = new org.apache.jena.sparql.syntax.ElementGroup();
            where.addElement(rows);
            insert.setElement(where);
            request.add(insert);
        }
    }

    /** The number of the latest entry; 0 when there is none (or the log is inactive). */
    public long last() {
        if (!active()) {
            return 0;
        }
        long[] last = {0};
        store.select(QueryFactory.create(LAST), row -> last[0] = row.getLiteral("last").getLong());
        return last[0];
    }

    /** The entries numbered after {@code after}, in order. */
    public List<Change> since(long after) {
        if (!active()) {
            return List.of();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(SINCE);
        query.setLiteral("after", after);
        Map<Long, Change> entries = new LinkedHashMap<>();
        store.select(query.asQuery(), row -> {
            long seq = row.getLiteral("seq").getLong();
            Change change = entries.computeIfAbsent(seq, s -> new Change(s, row.getLiteral("kind").getString(),
                    new ArrayList<>()));
            if (row.contains("subject")) {
                change.subjects().add(row.getLiteral("subject").getString());
            }
        });
        return List.copyOf(entries.values());
    }

    /** Removes the entries written before {@code before} (the counter stays). */
    public void prune(Instant before) {
        if (!active()) {
            return;
        }
        ParameterizedSparqlString update = new ParameterizedSparqlString(PRUNE);
        update.setLiteral("before", ResourceFactory.createTypedLiteral(before.toString(), XSDDatatype.XSDdateTime));
        store.update(update.asUpdate());
    }

    /** One entry: its number, kind and subjects (employee ids for {@link #REVIEWS}). */
    public record Change(long seq, String kind, List<String> subjects) {
    }
}
