package dev.ladder.policy;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateRequest;

import dev.ladder.store.RdfStore;

/**
 * The one place that reads and writes the drafts graph {@value #GRAPH}: the workbench's drafts when the
 * store is shared (remote), so an analyst's draft is there on whichever replica serves the next request.
 * A draft is {@code urn:ladder:draft:<id>} with its author, creation time and base version, and one
 * {@code dr:file} node per file (its path and its bytes in Base64).
 */
final class DraftGraph {

    static final String GRAPH = "urn:ladder:policy-drafts";
    static final String DR = "https://w3id.org/ladder/draft#";
    static final String DRAFT = "urn:ladder:draft:";

    static final String FIND = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            SELECT ?author ?createdAt ?baseVersion WHERE { GRAPH <urn:ladder:policy-drafts> {
              ?d dr:author ?author ; dr:createdAt ?createdAt OPTIONAL { ?d dr:baseVersion ?baseVersion } } }""";
    static final String LIST = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            SELECT ?d ?author ?createdAt ?baseVersion WHERE { GRAPH <urn:ladder:policy-drafts> {
              ?d dr:author ?author ; dr:createdAt ?createdAt OPTIONAL { ?d dr:baseVersion ?baseVersion } } }""";
    static final String DROP = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            DELETE { GRAPH <urn:ladder:policy-drafts> { ?f ?fp ?fo } }
            WHERE { GRAPH <urn:ladder:policy-drafts> { ?d dr:file ?f . ?f ?fp ?fo } } ;
            DELETE WHERE { GRAPH <urn:ladder:policy-drafts> { ?d ?p ?o } }""";
    static final String FILES = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            SELECT ?path ?content WHERE { GRAPH <urn:ladder:policy-drafts> {
              ?d dr:file ?f . ?f dr:path ?path ; dr:content ?content } }""";
    static final String REMOVE = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            DELETE { GRAPH <urn:ladder:policy-drafts> { ?d dr:file ?f . ?f ?p ?o } }
            WHERE { GRAPH <urn:ladder:policy-drafts> { ?d dr:file ?f . ?f dr:path ?path ; ?p ?o } }""";
    static final String ADD = """
            PREFIX dr: <https://w3id.org/ladder/draft#>
            INSERT { GRAPH <urn:ladder:policy-drafts> { ?d dr:file _:f . _:f dr:path ?path ; dr:content ?content } }
            WHERE { }""";

    private final RdfStore store;

    DraftGraph(RdfStore store) {
        this.store = store;
    }

    void create(Draft draft, Map<String, byte[]> files) {
        Model model = ModelFactory.createDefaultModel();
        Resource d = model.createResource(DRAFT + draft.id())
                .addProperty(model.createProperty(DR, "author"), draft.author())
                .addProperty(model.createProperty(DR, "createdAt"), draft.createdAt().toString(), XSDDatatype.XSDdateTime);
        if (draft.baseVersion() != null) {
            d.addProperty(model.createProperty(DR, "baseVersion"), draft.baseVersion());
        }
        files.forEach((path, bytes) -> d.addProperty(model.createProperty(DR, "file"), model.createResource()
                .addProperty(model.createProperty(DR, "path"), path)
                .addProperty(model.createProperty(DR, "content"), Base64.getEncoder().encodeToString(bytes))));
        UpdateRequest request = new UpdateRequest();
        request.add(RdfStore.insertData(GRAPH, model));
        store.update(request);
    }

    Optional<Draft> find(String id) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(FIND);
        query.setIri("d", DRAFT + id);
        Draft[] found = {null};
        store.select(query.asQuery(), row -> found[0] = new Draft(id, row.getLiteral("author").getString(),
                Instant.parse(row.getLiteral("createdAt").getLexicalForm()),
                row.contains("baseVersion") ? row.getLiteral("baseVersion").getString() : null));
        return Optional.ofNullable(found[0]);
    }

    java.util.List<Draft> list() {
        java.util.List<Draft> drafts = new java.util.ArrayList<>();
        store.select(new ParameterizedSparqlString(LIST).asQuery(), row -> drafts.add(new Draft(
                row.getResource("d").getURI().substring(DRAFT.length()), row.getLiteral("author").getString(),
                Instant.parse(row.getLiteral("createdAt").getLexicalForm()),
                row.contains("baseVersion") ? row.getLiteral("baseVersion").getString() : null)));
        return drafts;
    }

    /** Removes the draft and its files, in one update. */
    void remove(String id) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(DROP);
        update.setIri("d", DRAFT + id);
        store.update(update.asUpdate());
    }

    SortedMap<String, byte[]> files(String id) {
        return files(id, null);
    }

    Optional<byte[]> read(String id, String path) {
        return Optional.ofNullable(files(id, path).get(path));
    }

    /** Replaces (or adds) one file, in one update. */
    void write(String id, String path, byte[] bytes) {
        ParameterizedSparqlString update = new ParameterizedSparqlString(REMOVE + ";\n" + ADD);
        update.setIri("d", DRAFT + id);
        update.setLiteral("path", path);
        update.setLiteral("content", Base64.getEncoder().encodeToString(bytes));
        store.update(update.asUpdate());
    }

    /** @return whether there was such a file */
    boolean delete(String id, String path) {
        if (read(id, path).isEmpty()) {
            return false;
        }
        ParameterizedSparqlString update = new ParameterizedSparqlString(REMOVE);
        update.setIri("d", DRAFT + id);
        update.setLiteral("path", path);
        store.update(update.asUpdate());
        return true;
    }

    private SortedMap<String, byte[]> files(String id, String onlyPath) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(FILES);
        query.setIri("d", DRAFT + id);
        if (onlyPath != null) {
            query.setLiteral("path", onlyPath);
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        // with ?path set, it is a constant of the query, no longer a column of the rows
        store.select(query.asQuery(), row -> files.put(onlyPath != null ? onlyPath : row.getLiteral("path").getString(),
                Base64.getDecoder().decode(row.getLiteral("content").getString())));
        return files;
    }
}
