package dev.ladder.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the re-assessment jobs graph {@value #GRAPH}, so a job's
 * progress and outcome outlive the process that ran it and every replica over a shared store sees
 * it. A job is {@code urn:ladder:reassessment:<id>} with the fields of {@link ReassessmentJob} and
 * {@code rj:updated}, when the process running it last wrote it (after each batch it stores): a job
 * still RUNNING here whose process is gone is told apart by that ({@link Reassessments}).
 */
final class ReassessmentGraph {

    static final String GRAPH = "urn:ladder:reassessments";
    static final String RJ = "https://w3id.org/ladder/reassessment#";
    static final String JOB = "urn:ladder:reassessment:";

    /** {@code SELECT *}: with {@code ?job} set to one job's IRI, the other columns are still projected. */
    static final String SELECT = """
            PREFIX rj: <https://w3id.org/ladder/reassessment#>
            SELECT * WHERE { GRAPH <urn:ladder:reassessments> {
              ?job rj:requestedBy ?requestedBy ; rj:ruleSetVersion ?version ; rj:status ?status ; rj:total ?total ;
                   rj:done ?done ; rj:changed ?changed ; rj:failed ?failed ; rj:started ?started ; rj:updated ?updated
              OPTIONAL { ?job rj:finished ?finished } } }
            ORDER BY DESC(?started) DESC(?job)""";
    static final String REMOVE = """
            DELETE WHERE { GRAPH <urn:ladder:reassessments> { ?job ?p ?o } }""";

    private final RdfStore store;

    ReassessmentGraph(RdfStore store) {
        this.store = store;
    }

    /** A job as the store holds it, and when its process last wrote it. */
    record Stored(ReassessmentJob job, Instant updated) {
    }

    /** Writes the job as it is now (replacing what was stored of it), in one update. */
    void save(ReassessmentJob job, Instant updated) {
        Model model = ModelFactory.createDefaultModel();
        Resource r = model.createResource(JOB + job.id())
                .addProperty(model.createProperty(RJ, "requestedBy"), job.requestedBy())
                .addProperty(model.createProperty(RJ, "ruleSetVersion"), job.ruleSetVersion())
                .addProperty(model.createProperty(RJ, "status"), job.status().name())
                .addLiteral(model.createProperty(RJ, "total"), model.createTypedLiteral(job.total()))
                .addLiteral(model.createProperty(RJ, "done"), model.createTypedLiteral(job.done()))
                .addLiteral(model.createProperty(RJ, "changed"), model.createTypedLiteral(job.changed()))
                .addLiteral(model.createProperty(RJ, "failed"), model.createTypedLiteral(job.failed()))
                .addProperty(model.createProperty(RJ, "started"), job.started().toString(), XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(RJ, "updated"), updated.toString(), XSDDatatype.XSDdateTime);
        if (job.finished() != null) {
            r.addProperty(model.createProperty(RJ, "finished"), job.finished().toString(), XSDDatatype.XSDdateTime);
        }
        UpdateRequest request = remove(job.id());
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
    }

    Optional<Stored> find(String id) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(SELECT);
        query.setIri("job", JOB + id);
        List<Stored> found = new ArrayList<>(1);
        store.select(query.asQuery(), row -> found.add(read(id, row)));
        return found.stream().findFirst();
    }

    /** Every stored job, the newest first. */
    List<Stored> all() {
        List<Stored> jobs = new ArrayList<>();
        store.select(new ParameterizedSparqlString(SELECT).asQuery(),
                row -> jobs.add(read(row.getResource("job").getURI().substring(JOB.length()), row)));
        return jobs;
    }

    /** Forgets jobs (the oldest, beyond those kept). */
    void remove(List<String> ids) {
        if (!ids.isEmpty()) {
            UpdateRequest request = new UpdateRequest();
            ids.forEach(id -> remove(id).getOperations().forEach(request::add));
            store.update(request);
        }
    }

    private static UpdateRequest remove(String id) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(REMOVE);
        update.setIri("job", JOB + id);
        return update.asUpdate();
    }

    private static Stored read(String id, QuerySolution row) {
        return new Stored(new ReassessmentJob(id, row.getLiteral("requestedBy").getString(),
                row.getLiteral("version").getString(),
                ReassessmentJob.Status.valueOf(row.getLiteral("status").getString()),
                row.getLiteral("total").getInt(), row.getLiteral("done").getInt(), row.getLiteral("changed").getInt(),
                row.getLiteral("failed").getInt(), instant(row, "started"),
                row.contains("finished") ? instant(row, "finished") : null), instant(row, "updated"));
    }

    private static Instant instant(QuerySolution row, String name) {
        return Instant.parse(row.getLiteral(name).getLexicalForm());
    }
}
