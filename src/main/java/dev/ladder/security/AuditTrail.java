package dev.ladder.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

import dev.ladder.store.RdfStore;

/**
 * Who read or changed whose data, when. Append-only: entries are only ever inserted (INSERT DATA
 * into {@value #GRAPH}); nothing in Ladder updates or deletes them, erasure included.
 */
@Component
public class AuditTrail {

    static final String GRAPH = "urn:ladder:audit";
    private static final String REC = "https://w3id.org/ladder/record#";

    private final RdfStore store;
    private final CurrentUsers users;

    AuditTrail(RdfStore store, CurrentUsers users) {
        this.store = store;
        this.users = users;
    }

    /**
     * @param action  READ, SUBMIT, IMPORT, ERASE…
     * @param subject the employee whose data it was, or "*" for many
     * @param what    the request, e.g. "GET /api/employees/E1/assessment"
     */
    public void record(String action, String subject, String what) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource("urn:ladder:audit:" + UUID.randomUUID())
                .addProperty(model.createProperty(REC, "at"), Instant.now().toString(), XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(REC, "actor"), users.current().username())
                .addProperty(model.createProperty(REC, "action"), action)
                .addProperty(model.createProperty(REC, "subject"), subject)
                .addProperty(model.createProperty(REC, "what"), what);
        UpdateRequest request = new UpdateRequest();
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
    }

    /** The latest entries first, optionally only those about one person. */
    public List<Entry> entries(String subject, int limit) {
        List<Entry> entries = new ArrayList<>();
        String filter = subject == null ? "" : "FILTER (?subject = \"" + subject.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
        store.select("""
                PREFIX rec: <%s>
                SELECT ?at ?actor ?action ?subject ?what WHERE { GRAPH <%s> {
                  ?e rec:at ?at ; rec:actor ?actor ; rec:action ?action ; rec:subject ?subject ; rec:what ?what %s } }
                ORDER BY DESC(?at) LIMIT %d""".formatted(REC, GRAPH, filter, limit),
                row -> entries.add(new Entry(Instant.parse(row.getLiteral("at").getLexicalForm()),
                        row.getLiteral("actor").getString(), row.getLiteral("action").getString(),
                        row.getLiteral("subject").getString(), row.getLiteral("what").getString())));
        return entries;
    }

    public record Entry(Instant at, String actor, String action, String subject, String what) {
    }
}
