package dev.ladder.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

import dev.ladder.assessment.Assessment;
import dev.ladder.review.Period;
import dev.ladder.review.Review;
import dev.ladder.store.RdfStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored reviews and their assessments, in the store's graph {@value #GRAPH}. A review is stored
 * with its assessment in one update request; a later review of the same person and period
 * supersedes the earlier one, which stays in the history.
 */
@Component
public class ReviewHistory {

    static final String GRAPH = "urn:ladder:reviews";
    private static final String REC = "https://w3id.org/ladder/record#";
    private static final String PREFIX = "PREFIX rec: <" + REC + ">\n";

    private final RdfStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReviewHistory(RdfStore store) {
        this.store = store;
    }

    /** Stores a review and its assessment; the current review of that person and period is superseded. */
    public StoredReview store(Review review, Assessment assessment, String submittedBy) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String iri = "urn:ladder:review:" + id;
        Model model = ModelFactory.createDefaultModel();
        describe(model, iri, review, assessment, now, submittedBy);
        UpdateRequest request = UpdateFactory.create(PREFIX + """
                INSERT { GRAPH <%1$s> { ?old rec:supersededBy <%2$s> } }
                WHERE { GRAPH <%1$s> { ?old rec:employeeId %3$s ; rec:period %4$s .
                        FILTER NOT EXISTS { ?old rec:supersededBy ?any } } }"""
                .formatted(GRAPH, iri, literal(review.employeeId()), literal(review.period())));
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
        return new StoredReview(id, now, submittedBy, review, assessment, null);
    }

    /**
     * Stores many reviews with their assessments in ONE update request (one transaction: all or none).
     * Supersedes as {@link #store} does: each review supersedes the current stored review of that person
     * and period, and within the batch a later review of the same person and period supersedes an
     * earlier one. Reviews get increasing {@code submittedAt} times in batch order.
     *
     * @return the stored reviews, in batch order
     */
    public List<StoredReview> storeAll(List<AssessedReview> reviews, String submittedBy) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        Instant start = Instant.now();
        Model model = ModelFactory.createDefaultModel();
        String[] ids = new String[reviews.size()];
        Instant[] times = new Instant[reviews.size()];
        String[] supersededBy = new String[reviews.size()];
        Map<String, Integer> firstOfKey = new LinkedHashMap<>();
        Map<String, Integer> lastOfKey = new LinkedHashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i).review();
            Assessment assessment = reviews.get(i).assessment();
            ids[i] = UUID.randomUUID().toString();
            times[i] = start.plusNanos(i * 1000L);
            describe(model, "urn:ladder:review:" + ids[i], review, assessment, times[i], submittedBy);
            String key = review.employeeId() + "\t" + review.period();
            firstOfKey.putIfAbsent(key, i);
            Integer earlier = lastOfKey.put(key, i);
            if (earlier != null) {
                supersededBy[earlier] = ids[i];
                model.getResource("urn:ladder:review:" + ids[earlier]).addProperty(
                        model.createProperty(REC, "supersededBy"), model.getResource("urn:ladder:review:" + ids[i]));
            }
        }
        StringBuilder values = new StringBuilder();
        // the current stored review of each person and period is superseded by the batch's first one
        firstOfKey.values().forEach(i -> values.append("    (").append(literal(reviews.get(i).review().employeeId()))
                .append(' ').append(literal(reviews.get(i).review().period())).append(" <urn:ladder:review:")
                .append(ids[i]).append(">)\n"));
        UpdateRequest request = UpdateFactory.create(PREFIX + """
                INSERT { GRAPH <%1$s> { ?old rec:supersededBy ?new } }
                WHERE { GRAPH <%1$s> { VALUES (?employee ?period ?new) {
                %2$s  }
                        ?old rec:employeeId ?employee ; rec:period ?period .
                        FILTER NOT EXISTS { ?old rec:supersededBy ?any } } }"""
                .formatted(GRAPH, values));
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
        List<StoredReview> stored = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            stored.add(new StoredReview(ids[i], times[i], submittedBy, reviews.get(i).review(),
                    reviews.get(i).assessment(), supersededBy[i]));
        }
        return stored;
    }

    private void describe(Model model, String iri, Review review, Assessment assessment, Instant at, String submittedBy) {
        model.createResource(iri)
                .addProperty(model.createProperty(REC, "employeeId"), review.employeeId())
                .addProperty(model.createProperty(REC, "period"), review.period())
                .addProperty(model.createProperty(REC, "framework"), review.framework())
                .addLiteral(model.createProperty(REC, "level"), (long) review.level())
                .addProperty(model.createProperty(REC, "submittedAt"), at.toString(), XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(REC, "submittedBy"), submittedBy)
                .addProperty(model.createProperty(REC, "ruleSetVersion"), assessment.ruleSetVersion())
                .addProperty(model.createProperty(REC, "reviewJson"), json.writeValueAsString(review))
                .addProperty(model.createProperty(REC, "assessmentJson"), json.writeValueAsString(assessment));
    }

    /** Every review of a person, current and superseded, oldest first. */
    public List<StoredReview> of(String employeeId) {
        List<StoredReview> reviews = new ArrayList<>();
        store.select(PREFIX + """
                SELECT ?r ?at ?by ?review ?assessment ?newer WHERE { GRAPH <%s> {
                  ?r rec:employeeId %s ; rec:submittedAt ?at ; rec:submittedBy ?by ;
                     rec:reviewJson ?review ; rec:assessmentJson ?assessment .
                  OPTIONAL { ?r rec:supersededBy ?newer } } } ORDER BY ?at"""
                .formatted(GRAPH, literal(employeeId)), row -> reviews.add(new StoredReview(
                idOf(row.getResource("r").getURI()), Instant.parse(row.getLiteral("at").getLexicalForm()),
                row.getLiteral("by").getString(),
                json.readValue(row.getLiteral("review").getString(), Review.class),
                json.readValue(row.getLiteral("assessment").getString(), Assessment.class),
                row.contains("newer") ? idOf(row.getResource("newer").getURI()) : null)));
        return reviews;
    }

    /** The current review of the latest period, if any. */
    public Optional<StoredReview> latest(String employeeId) {
        return of(employeeId).stream().filter(StoredReview::current)
                .max(Comparator.comparing((StoredReview r) -> r.review().period(), Period.TEXT_ORDER)
                        .thenComparing(StoredReview::submittedAt));
    }

    /** The current review of the latest period before {@code period}: what "the previous review" means. */
    public Optional<Review> previous(String employeeId, String period) {
        return of(employeeId).stream().filter(StoredReview::current)
                .filter(r -> Period.TEXT_ORDER.compare(r.review().period(), period) < 0)
                .max(Comparator.comparing(r -> r.review().period(), Period.TEXT_ORDER)).map(StoredReview::review);
    }

    /** Erases every review of a person; returns how many there were. */
    public int erase(String employeeId) {
        int count = of(employeeId).size();
        store.update(UpdateFactory.create(PREFIX + """
                DELETE { GRAPH <%1$s> { ?r ?p ?o } } WHERE { GRAPH <%1$s> { ?r rec:employeeId %2$s ; ?p ?o } }"""
                .formatted(GRAPH, literal(employeeId))));
        return count;
    }

    /** Every current review with its assessment, one at a time (for building report snapshots). */
    public void eachCurrent(java.util.function.BiConsumer<Review, Assessment> each) {
        store.select(PREFIX + """
                SELECT ?review ?assessment WHERE { GRAPH <%s> { ?r rec:reviewJson ?review ; rec:assessmentJson ?assessment
                  FILTER NOT EXISTS { ?r rec:supersededBy ?newer } } }""".formatted(GRAPH),
                row -> each.accept(json.readValue(row.getLiteral("review").getString(), Review.class),
                        json.readValue(row.getLiteral("assessment").getString(), Assessment.class)));
    }

    private static String idOf(String iri) {
        return iri.substring("urn:ladder:review:".length());
    }

    /** A SPARQL string literal, escaped. */
    static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
