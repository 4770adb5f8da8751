package dev.ladder.security.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the audit graph {@value #GRAPH}: its SPARQL (constant text, values
 * set through {@link ParameterizedSparqlString}) and the mapping between rows and {@link Entry} records.
 * Append-only: the only write is INSERT DATA.
 */
public final class AuditRepository {

    public static final String GRAPH = "urn:ladder:audit";
    static final String REC = "https://w3id.org/ladder/record#";

    static final String LATEST = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?actor ?action ?subject ?what WHERE { GRAPH <urn:ladder:audit> {
              ?e rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ; rec:what ?what } }
            ORDER BY DESC(?at)""";
    /** As {@link #LATEST}, only the entries whose subject is {@code ?about}. */
    static final String LATEST_ABOUT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?actor ?action ?subject ?what WHERE { GRAPH <urn:ladder:audit> {
              ?e rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ; rec:what ?what
              FILTER (?subject = ?about) } }
            ORDER BY DESC(?at)""";
    /**
     * For a page of the trail, first only which entries (every entry, or with {@code ?about} set, those
     * about one person): latest first, ties in a fixed order, so consecutive pages neither repeat nor skip
     * an entry. One or two triple patterns per entry to sort, not five; {@link #DETAILS} then reads the
     * page's entries only.
     */
    static final String PAGE_KEYS = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?e ?at WHERE { GRAPH <urn:ladder:audit> { ?e rec:at ?at } }
            ORDER BY DESC(?at) DESC(STR(?e))""";
    static final String PAGE_KEYS_ABOUT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?e ?at WHERE { GRAPH <urn:ladder:audit> { ?e rec:subject ?about ; rec:at ?at } }
            ORDER BY DESC(?at) DESC(STR(?e))""";
    /** The entries named by {@code ?e} (a VALUES block set through the parameterised query). */
    static final String DETAILS = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?e ?at ?actor ?action ?subject ?what WHERE { GRAPH <urn:ladder:audit> {
              VALUES (?e) { ?entries }
              ?e rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ; rec:what ?what } }""";
    /** How many entries there are (about {@code ?about}, when set in {@link #COUNT_ABOUT}). */
    static final String COUNT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <urn:ladder:audit> { ?e rec:at ?at } }""";
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

    /** Appends {@code entries} in one write transaction. */
    public void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Model model = ModelFactory.createDefaultModel();
        for (Entry entry : entries) {
            add(model, entry);
        }
        UpdateRequest request = new UpdateRequest();
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
    }

    private static void add(Model model, Entry entry) {
        model.createResource("urn:ladder:audit:" + UUID.randomUUID())
                .addProperty(model.createProperty(REC, "at"), entry.at().toString(), XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(REC, "actor"), entry.actor())
                .addProperty(model.createProperty(REC, "action"), entry.action())
                .addProperty(model.createProperty(REC, "subject"), entry.subject())
                .addProperty(model.createProperty(REC, "what"), entry.what());
    }

    /** At most {@code limit} entries, latest first; only those about {@code subject} unless it is null. */
    public List<Entry> latest(String subject, int limit) {
        Query query;
        if (subject == null) {
            query = QueryFactory.create(LATEST);
        } else {
            ParameterizedSparqlString text = new ParameterizedSparqlString(LATEST_ABOUT);
            text.setLiteral("about", subject);
            query = text.asQuery();
        }
        query.setLimit(limit);
        return entries(query);
    }

    /**
     * One page of the trail, latest first: at most {@code limit} entries after skipping {@code offset};
     * only those about {@code subject} unless it is null.
     */
    public List<Entry> page(String subject, long offset, int limit) {
        Query keys = about(subject, PAGE_KEYS, PAGE_KEYS_ABOUT);
        keys.setOffset(offset);
        keys.setLimit(limit);
        List<RDFNode> page = new ArrayList<>();
        store.select(keys, row -> page.add(row.getResource("e")));
        if (page.isEmpty()) {
            return List.of();
        }
        ParameterizedSparqlString details = new ParameterizedSparqlString(DETAILS);
        details.setValues("entries", page);
        java.util.Map<RDFNode, Entry> byIri = new java.util.HashMap<>();
        store.select(details.asQuery(), row -> byIri.put(row.getResource("e"), entry(row)));
        return page.stream().map(byIri::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many entries there are; only those about {@code subject} unless it is null. */
    public long count(String subject) {
        long[] count = {0};
        store.select(about(subject, COUNT, COUNT_ABOUT), row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    /** {@code all} as a query, or {@code aboutOne} with {@code ?about} set to the subject (a literal, never pasted). */
    private static Query about(String subject, String all, String aboutOne) {
        if (subject == null) {
            return QueryFactory.create(all);
        }
        ParameterizedSparqlString text = new ParameterizedSparqlString(aboutOne);
        text.setLiteral("about", subject);
        return text.asQuery();
    }

    private List<Entry> entries(Query query) {
        List<Entry> entries = new ArrayList<>();
        store.select(query, row -> entries.add(entry(row)));
        return entries;
    }

    private static Entry entry(org.apache.jena.query.QuerySolution row) {
        return new Entry(Instant.parse(row.getLiteral("at").getLexicalForm()),
                row.getLiteral("actor").getString(), row.getLiteral("action").getString(),
                row.getLiteral("subject").getString(), row.getLiteral("what").getString());
    }
}
