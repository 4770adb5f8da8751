package dev.ladder.history.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import dev.ladder.history.StoredReview;
import dev.ladder.review.Review;
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
    /** One review, {@code ?r} (set to its IRI, so not selected). */
    static final String BY_ID = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?by ?review ?assessment ?newer WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:submittedAt ?at ; rec:submittedBy ?by ; rec:reviewJson ?review ; rec:assessmentJson ?assessment .
              OPTIONAL { ?r rec:supersededBy ?newer } } }""";
    static final String ERASE = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            DELETE { GRAPH <urn:ladder:reviews> { ?r ?p ?o } }
            WHERE { GRAPH <urn:ladder:reviews> { ?r rec:employeeId ?employee ; ?p ?o } }""";
    static final String CURRENT = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?review ?assessment WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:reviewJson ?review ; rec:assessmentJson ?assessment
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer } } }""";

    private final RdfStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReviewRepository(RdfStore store) {
        this.store = store;
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
        return reviews;
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
        return found.stream().findFirst();
    }

    /** Deletes every review of a person. */
    public void erase(String employeeId) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(ERASE);
        update.setLiteral("employee", employeeId);
        store.update(update.asUpdate());
    }

    /** Every current review with its assessment, one at a time. */
    public void eachCurrent(BiConsumer<Review, Assessment> each) {
        store.select(QueryFactory.create(CURRENT), row -> each.accept(
                json.readValue(row.getLiteral("review").getString(), Review.class),
                json.readValue(row.getLiteral("assessment").getString(), Assessment.class)));
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
