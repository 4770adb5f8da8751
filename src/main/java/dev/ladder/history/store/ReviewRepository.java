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
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
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
import dev.ladder.history.CurrentReviewBrief;
import dev.ladder.history.Reassessed;
import dev.ladder.history.StoredReview;
import dev.ladder.review.Period;
import dev.ladder.review.Review;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;
import dev.ladder.store.Values;
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
    /** How many rows {@link #eachCurrent} parses together. */
    private static final int PARSED_TOGETHER = 1_000;

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
    /** {@link #SUPERSEDE}, parsed once (a review's submission is on the path users wait for); never changed. */
    private static final UpdateModify SUPERSEDE_TEMPLATE =
            (UpdateModify) UpdateFactory.create(SUPERSEDE).getOperations().get(0);
    static final String OF_PERSON = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?at ?by ?review ?assessment ?newer WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:employeeId ?employee ; rec:submittedAt ?at ; rec:submittedBy ?by ;
                 rec:reviewJson ?review ; rec:assessmentJson ?assessment .
              OPTIONAL { ?r rec:supersededBy ?newer } } } ORDER BY ?at""";
    /**
     * A person's current reviews, oldest first: what finding "the previous review" (when a review is
     * submitted) and the latest review need. The look-ups decode only the JSON of the review they return;
     * TDB2 fetches a literal only when a row's value is read, so a row that is never the best so far
     * costs no JSON at all.
     */
    static final String CURRENT_OF_PERSON = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?period ?at ?by ?review ?assessment WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:employeeId ?employee ; rec:period ?period ; rec:submittedAt ?at ; rec:submittedBy ?by ;
                 rec:reviewJson ?review ; rec:assessmentJson ?assessment
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer } } } ORDER BY ?at""";
    /**
     * {@link #CURRENT_OF_PERSON}, parsed once: parsing SPARQL text was most of the cost of finding the
     * previous review, which every submission does; never changed (each use binds the person in a copy).
     */
    private static final Query CURRENT_OF_PERSON_TEMPLATE = QueryFactory.create(CURRENT_OF_PERSON);
    /** {@link #OF_PERSON}, parsed once (read for every look at a person's reviews); never changed. */
    private static final Query OF_PERSON_TEMPLATE = QueryFactory.create(OF_PERSON);
    /** The later assessments (re-assessments) of a person's reviews, oldest first. */
    static final String REASSESSMENTS_OF_PERSON = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?assessedAt ?json WHERE { GRAPH <urn:ladder:reviews> {
              ?a rec:employeeId ?employee ; rec:assessmentOf ?r ; rec:assessedAt ?assessedAt ; rec:assessmentJson ?json .
              } } ORDER BY ?assessedAt""";
    private static final Query REASSESSMENTS_OF_PERSON_TEMPLATE = QueryFactory.create(REASSESSMENTS_OF_PERSON);
    /** One review, {@code ?r} (set to its IRI, so not selected). */
    static final String BY_ID = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?at ?by ?review ?assessment ?newer WHERE { GRAPH <urn:ladder:reviews> {
              ?r rec:submittedAt ?at ; rec:submittedBy ?by ; rec:reviewJson ?review ; rec:assessmentJson ?assessment .
              OPTIONAL { ?r rec:supersededBy ?newer } } }""";
    private static final Query BY_ID_TEMPLATE = QueryFactory.create(BY_ID);
    /** The later assessments of one review, {@code ?r}, oldest first. */
    static final String REASSESSMENTS_OF_REVIEW = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?assessedAt ?json WHERE { GRAPH <urn:ladder:reviews> {
              ?a rec:assessmentOf ?r ; rec:assessedAt ?assessedAt ; rec:assessmentJson ?json .
              } } ORDER BY ?assessedAt""";
    private static final Query REASSESSMENTS_OF_REVIEW_TEMPLATE = QueryFactory.create(REASSESSMENTS_OF_REVIEW);
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
     * Every current review with whose it is, its period and framework, and the rule-set version and time
     * of its newest assessment, but not the assessments' JSON: {@code ?latestVersion}/{@code ?latestAt}
     * when it was re-assessed; a review stored without {@code rec:ruleSetVersion} has a null version (its
     * assessment vouches for nothing). The review's own JSON is selected, but only decoded for the rows
     * that ask for it: TDB2's solutions hold node ids, and fetch a literal from the node table only when it is read.
     */
    static final String CURRENT_BRIEF = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?employee ?period ?framework ?at ?review ?version ?latestVersion ?latestAt WHERE {
              GRAPH <urn:ladder:reviews> {
              ?r rec:submittedAt ?at ; rec:reviewJson ?review ; rec:employeeId ?employee ; rec:period ?period ;
                 rec:framework ?framework
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer }
              OPTIONAL { ?r rec:ruleSetVersion ?version }
              OPTIONAL { ?r rec:latestAssessment ?a . ?a rec:ruleSetVersion ?latestVersion ; rec:assessedAt ?latestAt } } }""";
    /** The reviews' JSON of the reviews bound to {@code ?r} (a VALUES block put in front). */
    static final String REVIEWS_BY_ID = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?review WHERE { GRAPH <urn:ladder:reviews> { ?r rec:reviewJson ?review } }""";
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

    /** The current reviews of the people bound to {@code ?employee} (a VALUES block put in front), as {@link #CURRENT}. */
    static final String CURRENT_OF = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?r ?at ?review ?assessment ?latest ?latestAt WHERE {
              GRAPH <urn:ladder:reviews> {
              ?r rec:employeeId ?employee ; rec:submittedAt ?at ; rec:reviewJson ?review ; rec:assessmentJson ?assessment
              FILTER NOT EXISTS { ?r rec:supersededBy ?newer }
              OPTIONAL { ?r rec:latestAssessment ?a . ?a rec:assessmentJson ?latest ; rec:assessedAt ?latestAt } } }""";

    private final RdfStore store;
    /** Where new reviews are written: grouped with other changes of the moment, or alone. */
    private final java.util.function.Consumer<UpdateRequest> writes;
    /** Replicas over a shared store learn of each write from its entry here (nothing with embedded TDB2). */
    private final ChangeLog changes;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Writes each insert in a transaction of its own. */
    public ReviewRepository(RdfStore store) {
        this.store = store;
        this.writes = store::update;
        this.changes = ChangeLog.of(store);
    }

    /** Writes inserts through {@code commits}: with whatever else is being stored at the same moment. */
    public ReviewRepository(RdfStore store, GroupCommit commits) {
        this.store = store;
        this.writes = commits::commit;
        this.changes = ChangeLog.of(store);
    }

    /**
     * Stores {@code reviews} in ONE update request (one transaction: all or none). The first review of
     * each person and period in the list supersedes the current stored review of that person and period;
     * supersession within the list is as each review's {@link StoredReview#supersededBy()} says.
     */
    public void insert(List<StoredReview> reviews) {
        insert(reviews, new UpdateRequest());
    }

    /**
     * As {@link #insert(List)}, with the operations of {@code alsoWrite} (such as the audit entry of the
     * submission) run after them in the same transaction: all of it is stored, or nothing.
     */
    public void insert(List<StoredReview> reviews, UpdateRequest alsoWrite) {
        if (reviews.isEmpty()) {
            if (!alsoWrite.getOperations().isEmpty()) {
                writes.accept(alsoWrite);
            }
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
        alsoWrite.getOperations().forEach(request::add);
        changes.mark(request, ChangeLog.REVIEWS, reviews.stream().map(r -> r.review().employeeId()).toList());
        writes.accept(request);
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
        UpdateModify update = new UpdateModify();
        SUPERSEDE_TEMPLATE.getInsertQuads().forEach(update.getInsertAcc()::addQuad);
        ElementGroup where = new ElementGroup();
        where.addElement(rows);
        where.addElement(SUPERSEDE_TEMPLATE.getWherePattern());
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
                .addProperty(model.createProperty(REC, "reviewJson"),
                        model.asRDFNode(JsonLiteral.pack(json.writeValueAsString(review))))
                .addProperty(model.createProperty(REC, "assessmentJson"),
                        model.asRDFNode(JsonLiteral.pack(json.writeValueAsString(assessment))));
        if (stored.supersededBy() != null) {
            resource.addProperty(model.createProperty(REC, "supersededBy"),
                    model.createResource(REVIEW + stored.supersededBy()));
        }
    }

    /**
     * The person's current review of the latest period before {@code period} ({@link Period#TEXT_ORDER}),
     * if any: "the previous review". Reads no assessment, and parses only the JSON of the review it returns.
     */
    public Optional<Review> previous(String employeeId, String period) {
        Query query = Values.bound(CURRENT_OF_PERSON_TEMPLATE, "employee", NodeFactory.createLiteralString(employeeId));
        String[] bestPeriod = {null};
        Literal[] best = {null};
        store.select(query, row -> {
            String candidate = row.getLiteral("period").getString();
            // the earliest stored wins a tie, as a stable max over the reviews oldest first would
            if (Period.TEXT_ORDER.compare(candidate, period) < 0
                    && (bestPeriod[0] == null || Period.TEXT_ORDER.compare(candidate, bestPeriod[0]) > 0)) {
                bestPeriod[0] = candidate;
                best[0] = row.getLiteral("review");
            }
        });
        return Optional.ofNullable(best[0]).map(json -> this.json.readValue(JsonLiteral.text(json), Review.class));
    }

    /**
     * The person's current review of the latest period ({@link Period#TEXT_ORDER}; of two of one period,
     * the later submitted), with its later assessments; decodes only that review's JSON.
     */
    public Optional<StoredReview> latest(String employeeId) {
        Query query = Values.bound(CURRENT_OF_PERSON_TEMPLATE, "employee", NodeFactory.createLiteralString(employeeId));
        record Best(String id, String period, Instant at, String by, Literal review,
                    Literal assessment) {
        }
        Best[] best = {null};
        store.select(query, row -> {
            String period = row.getLiteral("period").getString();
            Instant at = Instant.parse(row.getLiteral("at").getLexicalForm());
            int order = best[0] == null ? 1 : Period.TEXT_ORDER.compare(period, best[0].period());
            if (order > 0 || order == 0 && at.isAfter(best[0].at())) {
                best[0] = new Best(idOf(row.getResource("r").getURI()), period, at, row.getLiteral("by").getString(),
                        row.getLiteral("review"), row.getLiteral("assessment"));
            }
        });
        if (best[0] == null) {
            return Optional.empty();
        }
        Best found = best[0];
        return Optional.of(withLater(new StoredReview(found.id(), found.at(), found.by(),
                json.readValue(JsonLiteral.text(found.review()), Review.class),
                json.readValue(JsonLiteral.text(found.assessment()), Assessment.class), null), laterAssessments(found.id())));
    }

    /** Every review of a person, current and superseded, oldest first. */
    public List<StoredReview> ofPerson(String employeeId) {
        Node employee = NodeFactory.createLiteralString(employeeId);
        List<StoredReview> reviews = new ArrayList<>();
        store.select(Values.bound(OF_PERSON_TEMPLATE, "employee", employee),
                row -> reviews.add(stored(idOf(row.getResource("r").getURI()), row)));
        if (reviews.isEmpty()) {
            return reviews;
        }
        Map<String, List<Assessment>> byReview = new HashMap<>();
        store.select(Values.bound(REASSESSMENTS_OF_PERSON_TEMPLATE, "employee", employee),
                row -> byReview.computeIfAbsent(idOf(row.getResource("r").getURI()), id -> new ArrayList<>())
                        .add(json.readValue(JsonLiteral.text(row.getLiteral("json")), Assessment.class)));
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
        List<StoredReview> found = new ArrayList<>(1);
        store.select(Values.bound(BY_ID_TEMPLATE, "r", iri(id)), row -> found.add(stored(id, row)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withLater(found.get(0), laterAssessments(id)));
    }

    /** The re-assessments of the review with this id, oldest first. */
    private List<Assessment> laterAssessments(String id) {
        List<Assessment> assessments = new ArrayList<>();
        store.select(Values.bound(REASSESSMENTS_OF_REVIEW_TEMPLATE, "r", iri(id)), row -> assessments.add(
                json.readValue(JsonLiteral.text(row.getLiteral("json")), Assessment.class)));
        return assessments;
    }

    /** Deletes every review of a person. */
    public void erase(String employeeId) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(ERASE);
        update.setLiteral("employee", employeeId);
        UpdateRequest request = update.asUpdate();
        changes.mark(request, ChangeLog.REVIEWS, List.of(employeeId));
        store.update(request);
    }

    /**
     * Every current review with its assessment, one at a time, in the order of the rows, on the calling
     * thread. The rows are read on this thread; their JSON (inflating and parsing it is most of the work)
     * is parsed on all cores, {@value #PARSED_TOGETHER} rows at a time, so memory stays bounded however
     * large the store.
     */
    public void eachCurrent(BiConsumer<Review, Assessment> each) {
        List<Literal[]> rows = new ArrayList<>(PARSED_TOGETHER);
        store.select(QueryFactory.create(CURRENT), row -> {
            boolean reassessed = row.contains("latest");
            rows.add(new Literal[] {
                    row.getLiteral("review"), row.getLiteral(reassessed ? "latest" : "assessment")});
            if (rows.size() == PARSED_TOGETHER) {
                parseInParallel(rows, each);
                rows.clear();
            }
        });
        parseInParallel(rows, each);
    }

    private void parseInParallel(List<Literal[]> rows, BiConsumer<Review, Assessment> each) {
        record Parsed(Review review, Assessment assessment) {
        }
        rows.parallelStream().map(r -> new Parsed(json.readValue(JsonLiteral.text(r[0]), Review.class),
                        json.readValue(JsonLiteral.text(r[1]), Assessment.class)))
                .toList().forEach(p -> each.accept(p.review(), p.assessment()));
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
            rows.add(new Row(idOf(row.getResource("r").getURI()), submitted, JsonLiteral.text(row.getLiteral("review")),
                    JsonLiteral.text(row.getLiteral(reassessed ? "latest" : "assessment")),
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
        org.apache.jena.query.Query query = dev.ladder.store.Values.of(CURRENT_OF, "employee", employeeIds);
        List<CurrentReview> found = new ArrayList<>();
        store.select(query, row -> {
            boolean reassessed = row.contains("latest");
            Instant submitted = Instant.parse(row.getLiteral("at").getLexicalForm());
            found.add(new CurrentReview(idOf(row.getResource("r").getURI()), submitted,
                    json.readValue(JsonLiteral.text(row.getLiteral("review")), Review.class),
                    json.readValue(JsonLiteral.text(row.getLiteral(reassessed ? "latest" : "assessment")), Assessment.class),
                    reassessed ? Instant.parse(row.getLiteral("latestAt").getLexicalForm()) : submitted));
        });
        return found;
    }

    /**
     * Every current review with the version and time of its newest assessment, in one query that reads
     * no assessment JSON; the review itself is read only for the frameworks {@code readReview} accepts
     * (the others are left unread: see {@link CurrentReviewBrief}), its JSON parsed on all cores.
     */
    public List<CurrentReviewBrief> currentBriefly(java.util.function.Predicate<String> readReview) {
        record Row(CurrentReviewBrief brief, Literal review) {
        }
        List<Row> rows = new ArrayList<>();
        store.select(QueryFactory.create(CURRENT_BRIEF), row -> {
            boolean reassessed = row.contains("latestVersion");
            Instant submitted = Instant.parse(row.getLiteral("at").getLexicalForm());
            String framework = row.getLiteral("framework").getString();
            rows.add(new Row(new CurrentReviewBrief(idOf(row.getResource("r").getURI()),
                    row.getLiteral("employee").getString(), row.getLiteral("period").getString(), framework,
                    submitted, null,
                    reassessed ? row.getLiteral("latestVersion").getString()
                            : row.contains("version") ? row.getLiteral("version").getString() : null,
                    reassessed ? Instant.parse(row.getLiteral("latestAt").getLexicalForm()) : submitted),
                    readReview.test(framework) ? row.getLiteral("review") : null));
        });
        return rows.parallelStream().map(r -> r.review() == null ? r.brief()
                : r.brief().withReview(json.readValue(JsonLiteral.text(r.review()), Review.class))).toList();
    }

    /** The reviews with these ids, by id; an id that is no stored review's has none. */
    public Map<String, Review> reviews(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        org.apache.jena.query.Query query = dev.ladder.store.Values.ofNodes(REVIEWS_BY_ID, "r",
                ids.stream().map(ReviewRepository::iri).toList());
        List<Map.Entry<String, Literal>> found = new ArrayList<>();
        store.select(query, row -> found.add(Map.entry(idOf(row.getResource("r").getURI()), row.getLiteral("review"))));
        Map<String, Review> byId = new java.util.concurrent.ConcurrentHashMap<>();
        found.parallelStream().forEach(e -> byId.put(e.getKey(), json.readValue(JsonLiteral.text(e.getValue()), Review.class)));
        return byId;
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
                    .add(body, JsonLiteral.pack(json.writeValueAsString(each.assessment()))).build());
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
                json.readValue(JsonLiteral.text(row.getLiteral("review")), Review.class),
                json.readValue(JsonLiteral.text(row.getLiteral("assessment")), Assessment.class),
                row.contains("newer") ? idOf(row.getResource("newer").getURI()) : null);
    }

    private static Node iri(String id) {
        return NodeFactory.createURI(REVIEW + id);
    }

    private static String idOf(String iri) {
        return iri.substring(REVIEW.length());
    }
}
