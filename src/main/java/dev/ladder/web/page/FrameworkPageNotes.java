package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.springframework.stereotype.Component;

import dev.ladder.framework.OntologyListener;
import dev.ladder.store.RdfStore;

/**
 * What the frameworks' pages show that {@code framework.Framework} does not carry: the ontology's
 * notes ({@code rdfs:comment}) on a framework, its levels, sections and clusters (such as where a
 * level's description comes from in the source), and whether the framework is cumulative. Read from the
 * framework graphs in the store after every ontology load, so it always describes what is served.
 */
@Component
class FrameworkPageNotes implements OntologyListener {

    private static final String NOTES = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?f ?kind ?key ?note WHERE {
              GRAPH ?g {
                { ?s a lad:Framework ; rdfs:comment ?note . BIND(?s AS ?f) BIND("framework" AS ?kind) BIND("" AS ?key) }
                UNION { ?s a lad:Level ; lad:framework ?f ; lad:rank ?rank ; rdfs:comment ?note .
                        BIND("level" AS ?kind) BIND(STR(?rank) AS ?key) }
                UNION { ?s a lad:Section ; lad:framework ?f ; lad:title ?key ; rdfs:comment ?note .
                        BIND("section" AS ?kind) }
                UNION { ?s a lad:Cluster ; lad:framework ?f ; lad:title ?key ; rdfs:comment ?note .
                        BIND("cluster" AS ?kind) }
              }
            }""";
    private static final String CUMULATIVE = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            SELECT ?f ?cumulative WHERE { GRAPH ?g { ?f a lad:Framework ; lad:cumulative ?cumulative } }""";

    private final RdfStore store;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), Map.of()));

    FrameworkPageNotes(RdfStore store) {
        this.store = store;
    }

    @Override
    public void ontologyLoaded(Model shared) {
        Map<String, List<String>> notes = new TreeMap<>();
        store.select(QueryFactory.create(NOTES), row -> notes.computeIfAbsent(
                key(idOf(row), row.getLiteral("kind").getString(), row.getLiteral("key").getLexicalForm()),
                k -> new ArrayList<>()).add(row.getLiteral("note").getLexicalForm()));
        notes.values().forEach(list -> list.sort(null)); // RDF keeps no order among one property's values
        Map<String, Boolean> cumulative = new TreeMap<>();
        store.select(QueryFactory.create(CUMULATIVE), row -> cumulative.put(idOf(row),
                row.getLiteral("cumulative").getBoolean()));
        Map<String, List<String>> frozen = new TreeMap<>();
        notes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        current.set(new Snapshot(Map.copyOf(frozen), Map.copyOf(cumulative)));
    }

    List<String> ofFramework(String framework) {
        return current.get().notes().getOrDefault(key(framework, "framework", ""), List.of());
    }

    List<String> ofLevel(String framework, int rank) {
        return current.get().notes().getOrDefault(key(framework, "level", Integer.toString(rank)), List.of());
    }

    List<String> ofSection(String framework, String title) {
        return title == null ? List.of() : current.get().notes().getOrDefault(key(framework, "section", title), List.of());
    }

    List<String> ofCluster(String framework, String title) {
        return title == null ? List.of() : current.get().notes().getOrDefault(key(framework, "cluster", title), List.of());
    }

    /** Whether the framework says it is cumulative; null when it does not say. */
    Boolean cumulative(String framework) {
        return current.get().cumulative().get(framework);
    }

    private static String idOf(QuerySolution row) {
        String iri = row.getResource("f").getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String key(String framework, String kind, String key) {
        return framework + "\u0000" + kind + "\u0000" + key;
    }

    private record Snapshot(Map<String, List<String>> notes, Map<String, Boolean> cumulative) {
    }
}
