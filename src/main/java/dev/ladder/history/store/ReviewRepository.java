package dev.ladder.history.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.CurrentReview;
import dev.ladder.history.Reassessed;
import dev.ladder.history.StoredReview;
import dev.ladder.review.Review;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that reads and writes the reviews graph {@value #GRAPH}: its SPARQL (constant text;
 * values set through {@link ParameterizedSparqlString} or as RDF terms in Jena's syntax objects, never
 * pasted) and the mapping between rows and {@link StoredReview} records.
 */
public final class ReviewRepository {

    public static final String GRAPH = "urn:ladder:reviews";
    static final String REC = "https://w3id.org/ladder/record#";
    static final String REVIEW = "urn:ladder:review:";
    /** Re-assessments: {@code urn:ladder:assessment:<uuid>}, each {@code rec:assessmentOf} its review. */
    static final String ASSESSMENT = "urn:ladder:assessment:";
    /** What {@link StoredReview#id()} looks like: a random UUID, as {@code store} makes them. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Each current review of a person and period gets superseded by {@code ?new}. The rows
     * {@code (?employee ?period ?new)} are added as a VALUES block built from RDF terms.
     */
    static final String SUPERSEDE = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            INSERT { GRAPH <urn:ladder:reviews> { ?old rec:supersededBy ?new } }
            WHERE { GRAPH <urn:ladder:reviews> { ?old rec:employeeId ?employee ; rec:period ?period .
                    FILTER NOT EXISTS { ?old rec:supersededBy ?any } } }""";
    static final String OF_PERSON = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?at ?by ?review ?assessment ?newer WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:employeeId ?employee ; rec:submittedAt ?at ; rec:submittedBy ?by ;
                 rec:reviewJson ?review ; rec:assessmentJson ?assessment .
              OPTIONAL { ?r rec:supersededBy ?newer } } } ORDER BY ?at""";
    /** The later assessments (re-assessments) of a person's reviews, oldest first. */
    static final String REASSESSMENTS_OF_PERSON = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?assessedAt ?json WHERE { GRAPH <urn:ladder:reviews> {
              ?a rec:employeeId ?employee ; rec:assessmentOf ?r ; rec:assessedAt ?assessedAt ; rec:assessmentJson ?json .
              } } ORDER BY ?assessedAt""";
    /** One review, {@code ?r} (set to its IRI, so not selected). */
    static final String BY_ID = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?by ?review ?assessment ?newer WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:submittedAt ?at ; rec:submittedBy ?by ; rec:reviewJson ?review ; rec:assessmentJson ?assessment .
              OPTIONAL { ?r rec:supersededBy ?newer } } }""";
    /** The later assessments of one review, {@code ?r}, oldest first. */
    static final String REASSESSMENTS_OF_REVIEW = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?assessedAt ?json WHERE { GRAPH <urn:ladder:reviews> {
              ?a rec:assessmentOf ?r ; rec:assessedAt ?assessedAt ; rec:assessmentJson ?json .
              } } ORDER BY ?assessedAt""";
    static final String ERASE = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            DELETE { GRAPH <urn:ladder:reviews> { ?r ?p ?o } }
            WHERE { GRAPH <urn:ladder:reviews> { ?r rec:employeeId ?employee ; ?p ?o } }""";
    /**
     * Every current review with its newest assessment: the one made at submission, or the latest
     * re-assessment ({@code ?latest}, when there is one).
     */
    static final String CURRENT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?at ?review ?assessment ?latest ?latestAt WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:submittedAt ?at ; rec:reviewJson ?review ; rec:assessmentJson ?assessment
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer }
              OPTIONAL { ?r rec:latestAssessment ?a . ?a rec:assessmentJson ?latest ; rec:assessedAt ?latestAt } } }""";
    /**
     * Stores re-assessments beside the assessments already there: rows {@code (?r ?a ?employee ?version
     * ?at ?json)} are added as a VALUES block; a review no longer stored (erased meanwhile) gets none.
     */
    static final String ADD_ASSESSMENT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            INSERT { GRAPH <urn:ladder:reviews> { ?a rec:assessmentOf ?r ; rec:employeeId ?employee ;
                       rec:ruleSetVersion ?version ; rec:assessedAt ?at ; rec:assessmentJson ?json .
                     ?r rec:latestAssessment ?a } }
            WHERE { GRAPH <urn:ladder:reviews> { ?r rec:reviewJson ?any } }""";
    /** Before {@link #ADD_ASSESSMENT}: the reviews' pointers to their newest assessment, rows {@code (?r)}. */
    static final String UNMARK_LATEST = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            DELETE { GRAPH <urn:ladder:reviews> { ?r rec:latestAssessment ?old } }
            WHERE { GRAPH <urn:ladder:reviews> { ?r rec:latestAssessment ?old } }""";

    /**
     * The current reviews of some people, as {@link #CURRENT}: rows {@code (?employee)} are put before
     * the pattern as a VALUES block built from RDF terms.
     */
    static final String CURRENT_OF = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?at ?review ?assessment ?latest ?latestAt WHERE {
              GRAPH <urn:ladder:reviews> {
              ?r rec:employeeId ?employee ; rec:submittedAt ?at ; rec:reviewJson ?review ; rec:assessmentJson ?assessment
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer }
              OPTIONAL { ?r rec:latestAssessment ?a . ?a rec:assessmentJson ?latest ; rec:assessedAt ?latestAt } } }""";

    private final RdfStore store;
    /** Replicas over a shared store learn of each write from its entry here (nothing with embedded TDB2). */
    private final ChangeLog changes;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReviewRepository(RdfStore store) {
        this.store = store;
        this.changes = ChangeLog.of(store);
    }

    /**
     * Stores {@code reviews} in ONE update request (one transaction: all or none). The first review of
     * each person and period in the list supersedes the current stored review of that person and period;
     * supersession within the list is as each review's {@link StoredReview#supersededBy()} says.
     */
    public void insert(List<StoredReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        Model model = ModelFactory.createDefaultModel();
        Map<List<String>, StoredReview> firstOfKey = new LinkedHashMap<>();
        for (StoredReview stored : reviews) {
            describe(model, stored);
            firstOfKey.putIfAbsent(List.of(stored.review().employeeId(), stored.review().period()), stored);
        }
        UpdateRequest request = new UpdateRequest();
        request.add(supersede(firstOfKey.values()));
        request.add(RdfStore.insertData(GRAPH, model));
        changes.mark(request, ChangeLog.REVIEWS, reviews.stream().map(r -> r.review().employeeId()).toList());
        store.update(request);
    }

    /** {@link #SUPERSEDE} with one VALUES row (employee, period, new review) per given review. */
    private static UpdateModify supersede(Iterable<StoredReview> by) {
        Var employee = Var.alloc("employee");
        Var period = Var.alloc("period");
        Var newer = Var.alloc("new");
        ElementData rows = new ElementData();
        rows.add(employee);
        rows.add(period);
        rows.add(newer);
        by.forEach(stored -> rows.add(BindingFactory.binding(employee,
                NodeFactory.createLiteralString(stored.review().employeeId()), period,
                NodeFactory.createLiteralString(stored.review().period()), newer, iri(stored.id()))));
        UpdateModify update = (UpdateModify) UpdateFactory.create(SUPERSEDE).getOperations().get(0);
        ElementGroup where = new ElementGroup();
        where.addElement(rows);
        where.addElement(update.getWherePattern());
        update.setElement(where);
        return update;
    }

    private void describe(Model model, StoredReview stored) {
        Review review = stored.review();
        Assessment assessment = stored.assessment();
        var resource = model.createResource(REVIEW + stored.id())
                .addProperty(model.createProperty(REC, "employeeId"), review.employeeId())
                .addProperty(model.createProperty(REC, "period"), review.period())
                .addProperty(model.createProperty(REC, "framework"), review.framework())
                .addLiteral(model.createProperty(REC, "level"), (long) review.level())
                .addProperty(model.createProperty(REC, "submittedAt"), stored.submittedAt().toString(),
                        XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(REC, "submittedBy"), stored.submittedBy())
                .addProperty(model.createProperty(REC, "ruleSetVersion"), assessment.ruleSetVersion())
                .addProperty(model.createProperty(REC, "reviewJson"), json.writeValueAsString(review))
                .addProperty(model.createProperty(REC, "assessmentJson"), json.writeValueAsString(assessment));
        if (stored.supersededBy() != null) {
            resource.addProperty(model.createProperty(REC, "supersededBy"),
                    model.createResource(REVIEW + stored.supersededBy()));
        }
    }

    /** Every review of a person, current and superseded, oldest first. */
    public List<StoredReview> ofPerson(String employeeId) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(OF_PERSON);
        query.setLiteral("employee", employeeId);
        List<StoredReview> reviews = new ArrayList<>();
        store.select(query.asQuery(), row -> reviews.add(stored(idOf(row.getResource("r").getURI()), row)));
        if (reviews.isEmpty()) {
            return reviews;
        }
        ParameterizedSparqlString later = new ParameterizedSparqlString(REASSESSMENTS_OF_PERSON);
        later.setLiteral("employee", employeeId);
        Map<String, List<Assessment>> byReview = new HashMap<>();
        store.select(later.asQuery(), row -> byReview.computeIfAbsent(idOf(row.getResource("r").getURI()),
                id -> new ArrayList<>()).add(json.readValue(row.getLiteral("json").getString(), Assessment.class)));
        return reviews.stream().map(r -> withLater(r, byReview.getOrDefault(r.id(), List.of()))).toList();
    }

    /** {@code stored} with its later assessments: the last is the newest, the others earlier ones. */
    private static StoredReview withLater(StoredReview stored, List<Assessment> later) {
        if (later.isEmpty()) {
            return stored;
        }
        List<Assessment> earlier = new ArrayList<>(later.size());
        earlier.add(stored.assessment());
        earlier.addAll(later.subList(0, later.size() - 1));
        return new StoredReview(stored.id(), stored.submittedAt(), stored.submittedBy(), stored.review(),
                later.get(later.size() - 1), stored.supersededBy(), earlier);
    }

    /** The stored review with this id; empty for an id that is not a stored review's (or not an id at all). */
    public Optional<StoredReview> byId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(BY_ID);
        query.setIri("r", REVIEW + id);
        List<StoredReview> found = new ArrayList<>(1);
        store.select(query.asQuery(), row -> found.add(stored(id, row)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ParameterizedSparqlString later = new ParameterizedSparqlString(REASSESSMENTS_OF_REVIEW);
        later.setIri("r", REVIEW + id);
        List<Assessment> assessments = new ArrayList<>();
        store.select(later.asQuery(), row -> assessments.add(
                json.readValue(row.getLiteral("json").getString(), Assessment.class)));
        return Optional.of(withLater(found.get(0), assessments));
    }

    /** Deletes every review of a person. */
    public void erase(String employeeId) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(ERASE);
        update.setLiteral("employee", employeeId);
        UpdateRequest request = update.asUpdate();
        changes.mark(request, ChangeLog.REVIEWS, List.of(employeeId));
        store.update(request);
    }

    /** Every current review with its assessment, one at a time. */
    public void eachCurrent(BiConsumer<Review, Assessment> each) {
        store.select(QueryFactory.create(CURRENT), row -> {
            boolean reassessed = row.contains("latest");
            each.accept(json.readValue(row.getLiteral("review").getString(), Review.class),
                    json.readValue(row.getLiteral(reassessed ? "latest" : "assessment").getString(), Assessment.class));
        });
    }

    /**
     * Every current review with its newest assessment and when that was made, in one query; the rows
     * are read on this thread and their JSON parsed on all cores.
     */
    public List<CurrentReview> current() {
        record Row(String id, Instant submittedAt, String review, String assessment, Instant assessedAt) {
        }
        List<Row> rows = new ArrayList<>();
        store.select(QueryFactory.create(CURRENT), row -> {
            boolean reassessed = row.contains("latest");
            Instant submitted = Instant.parse(row.getLiteral("at").getLexicalForm());
            rows.add(new Row(idOf(row.getResource("r").getURI()), submitted, row.getLiteral("review").getString(),
                    row.getLiteral(reassessed ? "latest" : "assessment").getString(),
                    reassessed ? Instant.parse(row.getLiteral("latestAt").getLexicalForm()) : submitted));
        });
        return rows.parallelStream().map(r -> new CurrentReview(r.id(), r.submittedAt(),
                json.readValue(r.review(), Review.class), json.readValue(r.assessment(), Assessment.class),
                r.assessedAt())).toList();
    }

    /** The current reviews of {@code employeeIds} with their newest assessments (as {@link #current()}). */
    public List<CurrentReview> currentOf(java.util.Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        Var employee = Var.alloc("employee");
        ElementData rows = new ElementData();
        rows.add(employee);
        employeeIds.forEach(id -> rows.add(BindingFactory.binding(employee, NodeFactory.createLiteralString(id))));
        org.apache.jena.query.Query query = QueryFactory.create(CURRENT_OF);
        ElementGroup where = new ElementGroup();
        where.addElement(rows);
        where.addElement(query.getQueryPattern());
        query.setQueryPattern(where);
        List<CurrentReview> found = new ArrayList<>();
        store.select(query, row -> {
            boolean reassessed = row.contains("latest");
            Instant submitted = Instant.parse(row.getLiteral("at").getLexicalForm());
            found.add(new CurrentReview(idOf(row.getResource("r").getURI()), submitted,
                    json.readValue(row.getLiteral("review").getString(), Review.class),
                    json.readValue(row.getLiteral(reassessed ? "latest" : "assessment").getString(), Assessment.class),
                    reassessed ? Instant.parse(row.getLiteral("latestAt").getLexicalForm()) : submitted));
        });
        return found;
    }

    /**
     * Stores new assessments of stored reviews in ONE update request (one transaction), beside the
     * assessments each review already has; each becomes its review's newest. The reviews themselves
     * are not changed. A review no longer stored (erased meanwhile) gets nothing.
     */
    public void addAssessments(List<Reassessed> assessments, Instant assessedAt) {
        if (assessments.isEmpty()) {
            return;
        }
        Var r = Var.alloc("r");
        Var a = Var.alloc("a");
        Var employee = Var.alloc("employee");
        Var version = Var.alloc("version");
        Var at = Var.alloc("at");
        Var body = Var.alloc("json");
        ElementData reviews = new ElementData();
        reviews.add(r);
        ElementData rows = new ElementData();
        List.of(r, a, employee, version, at, body).forEach(rows::add);
        Node when = NodeFactory.createLiteralDT(assessedAt.toString(), XSDDatatype.XSDdateTime);
        for (Reassessed each : assessments) {
            reviews.add(BindingFactory.binding(r, iri(each.reviewId())));
            rows.add(BindingFactory.builder().add(r, iri(each.reviewId()))
                    .add(a, NodeFactory.createURI(ASSESSMENT + UUID.randomUUID()))
                    .add(employee, NodeFactory.createLiteralString(each.employeeId()))
                    .add(version, NodeFactory.createLiteralString(each.assessment().ruleSetVersion()))
                    .add(at, when)
                    .add(body, NodeFactory.createLiteralString(json.writeValueAsString(each.assessment()))).build());
        }
        UpdateRequest request = new UpdateRequest();
        request.add(withValues(UNMARK_LATEST, reviews));
        request.add(withValues(ADD_ASSESSMENT, rows));
        changes.mark(request, ChangeLog.REVIEWS, assessments.stream().map(Reassessed::employeeId).toList());
        store.update(request);
    }

    /** The one modify operation of {@code text} with {@code rows} joined into its WHERE pattern. */
    private static UpdateModify withValues(String text, ElementData rows) {
        UpdateModify update = (UpdateModify) UpdateFactory.create(text).getOperations().get(0);
        ElementGroup where = new ElementGroup();
        where.addElement(rows);
        where.addElement(update.getWherePattern());
        update.setElement(where);
        return update;
    }

    private StoredReview stored(String id, QuerySolution row) {
        return new StoredReview(id, Instant.parse(row.getLiteral("at").getLexicalForm()), row.getLiteral("by").getString(),
                json.readValue(row.getLiteral("review").getString(), Review.class),
                json.readValue(row.getLiteral("assessment").getString(), Assessment.class),
                row.contains("newer") ? idOf(row.getResource("newer").getURI()) : null);
    }

    private static Node iri(String id) {
        return NodeFactory.createURI(REVIEW + id);
    }

    private static String idOf(String iri) {
        return iri.substring(REVIEW.length());
    }
}
