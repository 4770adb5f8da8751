package dev.ladder.security.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the audit graph {@value #GRAPH}: its SPARQL (constant text, values
 * set through {@link ParameterizedSparqlString}) and the mapping between rows and {@link Entry} records.
 * Append-only: entries are only ever inserted.
 *
 * <p>Every entry carries a sequence number ({@code rec:seq}, 1, 2, 3 … in the order written), given in
 * the same SPARQL update that inserts it from a counter kept in the graph itself ({@code rec:last} of
 * {@value #COUNTER}). So the store, not a process's memory, knows the order: replicas over one shared
 * store number consistently, and a page of the trail is a look-up of 50 numbers (newest first) instead
 * of sorting the whole trail by time, which grew with every entry (docs/benchmarks.md, "Page benchmark").
 * Entries written before numbering existed are numbered once, oldest first, by {@link #numberOldEntries()}.
 */
public final class AuditRepository {

    public static final String GRAPH = "urn:ladder:audit";
    static final String REC = "https://w3id.org/ladder/record#";
    static final String COUNTER = "urn:ladder:audit:counter";

    /**
     * Numbers the entries just inserted: rows (entry {@code ?e}, 1-based position in the batch {@code ?i})
     * are put in as a VALUES block after the OPTIONAL (see {@link #withValues}). Each entry gets the counter
     * + its position; {@link #MOVE_COUNTER}, run next in the same update request, moves the counter on by
     * the batch's size. Both read the counter inside the one transaction, so two writers can never take
     * the same numbers. (The counter is moved once per batch, not once per entry: when each row deleted
     * and re-inserted it, numbering 250 read entries cost almost as much as inserting them.)
     */
    static final String NUMBER = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            INSERT { GRAPH <urn:ladder:audit> { ?e rec:seq ?seq } }
            WHERE {
              OPTIONAL { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }
              BIND (COALESCE(?last, 0) + ?i AS ?seq)
            }""";
    /** Moves the counter on by {@code ?k} (a one-row VALUES block after the OPTIONAL), after {@link #NUMBER}. */
    static final String MOVE_COUNTER = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            DELETE { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }
            INSERT { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?next } }
            WHERE {
              OPTIONAL { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }
              BIND (COALESCE(?last, 0) + ?k AS ?next)
            }""";
    /**
     * Appends entries in ONE operation: inserts each entry's triples, numbers it (the counter + its
     * position {@code ?i}) and moves the counter on by the batch's size {@code ?k}, all from rows
     * {@code (?e ?at ?actor ?action ?subject ?what ?i ?k)} put in as a VALUES block after the OPTIONAL
     * (see {@link #withValues}). It reads the counter inside the transaction, as {@link #NUMBER} and
     * {@link #MOVE_COUNTER} do. Every row deletes the same old counter and inserts the same new one, so
     * the counter moves once per batch. One operation instead of an INSERT DATA and two numbering
     * operations, because each SPARQL Update operation is compiled and planned on the store's single
     * writer, inside the transaction every submission waits for (docs/benchmarks.md, "Session of
     * 2026-12-05 (from 01:55)").
     */
    static final String APPEND = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            DELETE { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }
            INSERT { GRAPH <urn:ladder:audit> {
                       ?e rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ; rec:what ?what ;
                          rec:seq ?seq .
                       <urn:ladder:audit:counter> rec:last ?next } }
            WHERE {
              OPTIONAL { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }
              BIND (COALESCE(?last, 0) + ?i AS ?seq)
              BIND (COALESCE(?last, 0) + ?k AS ?next)
            }""";
    private static final UpdateModify APPEND_TEMPLATE =
            (UpdateModify) UpdateFactory.create(APPEND).getOperations().get(0);
    /** {@link #NUMBER} and {@link #MOVE_COUNTER}, parsed once: every numbering shares their templates and WHERE parts. */
    private static final UpdateModify NUMBER_TEMPLATE =
            (UpdateModify) UpdateFactory.create(NUMBER).getOperations().get(0);
    private static final UpdateModify MOVE_COUNTER_TEMPLATE =
            (UpdateModify) UpdateFactory.create(MOVE_COUNTER).getOperations().get(0);
    /** The highest number given so far: how many entries the trail holds. */
    static final String LAST = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?last WHERE { GRAPH <urn:ladder:audit> { <urn:ladder:audit:counter> rec:last ?last } }""";
    /** Entries without a number (written before numbering existed), oldest first. */
    static final String UNNUMBERED = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?e WHERE { GRAPH <urn:ladder:audit> { ?e rec:at ?at FILTER NOT EXISTS { ?e rec:seq ?n } } }
            ORDER BY ?at STR(?e)""";
    /** The entries with the numbers in {@code ?numbers} (a VALUES block). */
    static final String BY_NUMBER = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?seq ?at ?actor ?action ?subject ?what WHERE { GRAPH <urn:ladder:audit> {
              VALUES (?seq) { ?numbers }
              ?e rec:seq ?seq ; rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ;
                 rec:what ?what } }""";
    /** The entries about one person ({@code ?about}), newest first; a person's trail is short. */
    static final String ABOUT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?actor ?action ?subject ?what WHERE { GRAPH <urn:ladder:audit> {
              ?e rec:subject ?about ; rec:seq ?seq ; rec:at ?at ; rec:actor ?actor ; rec:action ?action ;
                 rec:subject ?subject ; rec:what ?what } }
            ORDER BY DESC(?seq)""";
    /** How many entries are about {@code ?about}. */
    static final String COUNT_ABOUT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <urn:ladder:audit> {
              ?e rec:subject ?about } }""";

    private final RdfStore store;

    public AuditRepository(RdfStore store) {
        this.store = store;
    }

    /** Appends one entry. */
    public void append(Entry entry) {
        appendAll(List.of(entry));
    }

    /** Appends {@code entries} in one write transaction, numbered in the order given. */
    public void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        store.update(appending(entries));
    }

    /**
     * The update that appends {@code entries}, numbered in the order given, for a caller to run in the
     * transaction that makes the change they record (a stored review and its SUBMIT entry commit or fail
     * together). The numbers are taken from the counter when the update runs, not now, so they stay
     * 1, 2, 3 … without gaps whatever else is written meanwhile or in the same transaction.
     */
    public UpdateRequest appending(List<Entry> entries) {
        UpdateRequest request = new UpdateRequest();
        if (entries.isEmpty()) {
            return request;
        }
        Var e = Var.alloc("e");
        Var at = Var.alloc("at");
        Var actor = Var.alloc("actor");
        Var action = Var.alloc("action");
        Var subject = Var.alloc("subject");
        Var what = Var.alloc("what");
        Var i = Var.alloc("i");
        Var k = Var.alloc("k");
        ElementData rows = new ElementData();
        List.of(e, at, actor, action, subject, what, i, k).forEach(rows::add);
        Node size = number(entries.size()).asNode();
        int position = 0;
        for (Entry entry : entries) {
            rows.add(BindingFactory.builder()
                    .add(e, NodeFactory.createURI("urn:ladder:audit:" + UUID.randomUUID()))
                    .add(at, NodeFactory.createLiteralDT(entry.at().toString(), XSDDatatype.XSDdateTime))
                    .add(actor, NodeFactory.createLiteralString(entry.actor()))
                    .add(action, NodeFactory.createLiteralString(entry.action()))
                    .add(subject, NodeFactory.createLiteralString(entry.subject()))
                    .add(what, NodeFactory.createLiteralString(entry.what()))
                    .add(i, number(++position).asNode())
                    .add(k, size).build());
        }
        request.add(withValues(APPEND_TEMPLATE, rows));
        return request;
    }

    /**
     * Numbers the entries that have no number yet, oldest first, after the ones that have: once, at
     * start-up, for a trail written before entries were numbered. Returns how many it numbered.
     */
    public int numberOldEntries() {
        List<List<? extends RDFNode>> rows = new ArrayList<>();
        store.select(QueryFactory.create(UNNUMBERED), row -> rows.add(List.of(row.getResource("e"), number(rows.size() + 1))));
        if (!rows.isEmpty()) {
            UpdateRequest request = new UpdateRequest();
            numbering(rows).forEach(request::add);
            store.update(request);
        }
        return rows.size();
    }

    /**
     * The two operations that number {@code rows} (entry, position): {@link #NUMBER} with the rows as its
     * VALUES block, then {@link #MOVE_COUNTER} by their count, built from RDF terms and the once-parsed
     * templates rather than by parsing text for every batch.
     */
    private static List<org.apache.jena.update.Update> numbering(List<List<? extends RDFNode>> rows) {
        Var e = Var.alloc("e");
        Var i = Var.alloc("i");
        Var k = Var.alloc("k");
        ElementData entries = new ElementData();
        entries.add(e);
        entries.add(i);
        for (List<? extends RDFNode> row : rows) {
            entries.add(BindingFactory.binding(e, row.get(0).asNode(), i, row.get(1).asNode()));
        }
        ElementData size = new ElementData();
        size.add(k);
        size.add(BindingFactory.binding(k, number(rows.size()).asNode()));
        return List.of(withValues(NUMBER_TEMPLATE, entries), withValues(MOVE_COUNTER_TEMPLATE, size));
    }

    /** {@code template} with {@code values} put in after the first element of its WHERE (the OPTIONAL). */
    private static UpdateModify withValues(UpdateModify template, ElementData values) {
        List<Element> parts = ((ElementGroup) template.getWherePattern()).getElements();
        ElementGroup where = new ElementGroup();
        where.addElement(parts.get(0));
        where.addElement(values);
        parts.subList(1, parts.size()).forEach(where::addElement);
        UpdateModify update = new UpdateModify();
        template.getDeleteQuads().forEach(update.getDeleteAcc()::addQuad);
        template.getInsertQuads().forEach(update.getInsertAcc()::addQuad);
        update.setElement(where);
        return update;
    }

    /** At most {@code limit} entries, latest first; only those about {@code subject} unless it is null. */
    public List<Entry> latest(String subject, int limit) {
        return page(subject, 0, limit);
    }

    /**
     * One page of the trail, latest first: at most {@code limit} entries after skipping {@code offset};
     * only those about {@code subject} unless it is null.
     */
    public List<Entry> page(String subject, long offset, int limit) {
        if (subject != null) {
            Query query = about(ABOUT, subject);
            query.setOffset(offset);
            query.setLimit(limit);
            List<Entry> entries = new ArrayList<>();
            store.select(query, row -> entries.add(entry(row)));
            return entries;
        }
        // entries are numbered 1..last with no gaps (nothing is ever deleted): the page is a range of numbers
        long highest = last() - offset;
        long lowest = Math.max(1, highest - limit + 1);
        if (highest < 1 || limit < 1) {
            return List.of();
        }
        List<RDFNode> numbers = new ArrayList<>();
        for (long n = highest; n >= lowest; n--) {
            numbers.add(number(n));
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(BY_NUMBER);
        query.setValues("numbers", numbers);
        java.util.SortedMap<Long, Entry> byNumber = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        store.select(query.asQuery(), row -> byNumber.put(row.getLiteral("seq").getLong(), entry(row)));
        return List.copyOf(byNumber.values());
    }

    /** How many entries there are; only those about {@code subject} unless it is null. */
    public long count(String subject) {
        if (subject == null) {
            return last();
        }
        long[] count = {0};
        store.select(about(COUNT_ABOUT, subject), row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    private long last() {
        long[] last = {0};
        store.select(QueryFactory.create(LAST), row -> last[0] = row.getLiteral("last").getLong());
        return last[0];
    }

    private static Literal number(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** {@code sparql} with {@code ?about} set to the subject (a literal, never pasted). */
    private static Query about(String sparql, String subject) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(sparql);
        text.setLiteral("about", subject);
        return text.asQuery();
    }

    private static Entry entry(org.apache.jena.query.QuerySolution row) {
        return new Entry(Instant.parse(row.getLiteral("at").getLexicalForm()),
                row.getLiteral("actor").getString(), row.getLiteral("action").getString(),
                row.getLiteral("subject").getString(), row.getLiteral("what").getString());
    }
}
