package dev.ladder.organisation.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.organisation.Employee;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the register graph {@value #GRAPH}: its SPARQL (constant text)
 * and the mapping between rows and {@link Employee} records. Values only ever go into the store as
 * RDF terms built by Jena, never as pasted text.
 */
public final class RegisterRepository {

    public static final String GRAPH = "urn:ladder:organisation";
    static final String REC = "https://w3id.org/ladder/record#";
    /** A person's IRI is this plus their id, percent-encoded, so any id makes a well-formed IRI. */
    static final String EMPLOYEE = "urn:ladder:employee:";

    static final String EVERYONE = """
            PREFIX rec: <https://w3id.org/ladder/record#>
            SELECT ?id ?name ?department ?manager ?framework ?level WHERE { GRAPH <urn:ladder:organisation> {
              ?e rec:employeeId ?id ; rec:name ?name ; rec:department ?department ;
                 rec:framework ?framework ; rec:level ?level .
              OPTIONAL { ?e rec:managerId ?manager } } }""";

    private final RdfStore store;
    /** Replicas over a shared store learn of each change from its entry here (nothing with embedded TDB2). */
    private final ChangeLog changes;

    public RegisterRepository(RdfStore store) {
        this.store = store;
        this.changes = ChangeLog.of(store);
    }

    /** Everyone in the stored register, by id. */
    public Map<String, Employee> load() {
        Map<String, Employee> employees = new TreeMap<>();
        store.select(QueryFactory.create(EVERYONE), row -> {
            Employee employee = employee(row);
            employees.put(employee.id(), employee);
        });
        return employees;
    }

    /** Replaces the stored register with {@code employees}, in one update request. */
    public void save(Collection<Employee> employees) {
        Model model = ModelFactory.createDefaultModel();
        employees.forEach(e -> {
            Resource r = model.createResource(iri(e.id()))
                    .addProperty(model.createProperty(REC, "employeeId"), e.id())
                    .addProperty(model.createProperty(REC, "name"), e.name())
                    .addProperty(model.createProperty(REC, "department"), e.department())
                    .addProperty(model.createProperty(REC, "framework"), e.framework())
                    .addLiteral(model.createProperty(REC, "level"), (long) e.level());
            if (e.managerId() != null) {
                r.addProperty(model.createProperty(REC, "managerId"), e.managerId());
            }
        });
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(NodeFactory.createURI(GRAPH), true));
        request.add(RdfStore.insertData(GRAPH, model));
        changes.mark(request, ChangeLog.REGISTER, java.util.List.of());
        store.update(request);
    }

    /**
     * A person's IRI. Jena writes an IRI between angle brackets as it is, so an id holding {@code >}
     * pasted in would end the IRI early and change the request sent to a remote store; encoded, it
     * cannot.
     */
    static String iri(String id) {
        return EMPLOYEE + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Employee employee(QuerySolution row) {
        return new Employee(row.getLiteral("id").getString(), row.getLiteral("name").getString(),
                row.getLiteral("department").getString(),
                row.contains("manager") ? row.getLiteral("manager").getString() : null,
                row.getLiteral("framework").getString(), row.getLiteral("level").getInt());
    }
}
