package dev.ladder.web.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.LoadReport;
import dev.ladder.framework.OntologyListener;

/**
 * What the frameworks' pages show that {@code framework.Framework} does not carry: the ontology's
 * notes ({@code rdfs:comment}) on a framework, its levels, sections and clusters (such as where a
 * level's description comes from in the source), and whether the framework is cumulative. Read after
 * every ontology load from the framework files that load accepted; a file the load rejected gives no
 * notes (the version in service is an older one), so a note never describes another version.
 */
@Component
class FrameworkPageNotes implements OntologyListener {

    private static final Logger log = LoggerFactory.getLogger(FrameworkPageNotes.class);
    private static final String FRAMEWORKS_FOLDER = "frameworks";

    private static final String NOTES = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?f ?kind ?key ?note WHERE {
                { ?s a lad:Framework ; rdfs:comment ?note . BIND(?s AS ?f) BIND("framework" AS ?kind) BIND("" AS ?key) }
                UNION { ?s a lad:Level ; lad:framework ?f ; lad:rank ?rank ; rdfs:comment ?note .
                        BIND("level" AS ?kind) BIND(STR(?rank) AS ?key) }
                UNION { ?s a lad:Section ; lad:framework ?f ; lad:title ?key ; rdfs:comment ?note .
                        BIND("section" AS ?kind) }
                UNION { ?s a lad:Cluster ; lad:framework ?f ; lad:title ?key ; rdfs:comment ?note .
                        BIND("cluster" AS ?kind) }
            }""";
    private static final String CUMULATIVE = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            SELECT ?f ?cumulative WHERE { ?f a lad:Framework ; lad:cumulative ?cumulative }""";

    private final Path ontologyDir;
    private final Frameworks frameworks;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), Map.of()));

    FrameworkPageNotes(LadderProperties properties, Frameworks frameworks) {
        this.ontologyDir = properties.ontologyDir();
        this.frameworks = frameworks;
    }

    @Override
    public void ontologyLoaded(Model shared) {
        LoadReport report = frameworks.lastLoad();
        Set<String> rejected = report == null ? Set.of()
                : report.rejected().stream().map(LoadReport.Rejection::file).collect(Collectors.toSet());
        Model model = ModelFactory.createDefaultModel();
        Path folder = ontologyDir.resolve(FRAMEWORKS_FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                    String name = ontologyDir.relativize(path).toString().replace('\\', '/');
                    if (!rejected.contains(name)) {
                        read(model, path);
                    }
                }
            } catch (IOException e) {
                log.warn("Cannot read the framework files' notes under {}: {}", folder, e.getMessage());
            }
        }
        Map<String, List<String>> notes = new TreeMap<>();
        select(model, NOTES, row -> notes.computeIfAbsent(
                key(idOf(row), row.getLiteral("kind").getString(), row.getLiteral("key").getLexicalForm()),
                k -> new ArrayList<>()).add(row.getLiteral("note").getLexicalForm()));
        Map<String, List<String>> frozen = new TreeMap<>();
        notes.forEach((k, v) -> frozen.put(k, v.stream().sorted().toList())); // RDF keeps no order among values
        Map<String, Boolean> cumulative = new TreeMap<>();
        select(model, CUMULATIVE, row -> cumulative.put(idOf(row), row.getLiteral("cumulative").getBoolean()));
        current.set(new Snapshot(Map.copyOf(frozen), Map.copyOf(cumulative)));
    }

    private static void read(Model model, Path path) {
        try {
            RDFDataMgr.read(model, path.toString());
        } catch (RiotException e) {
            log.warn("Cannot read the notes of {}: {}", path, e.getMessage());
        }
    }

    private static void select(Model model, String query, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
            execution.execSelect().forEachRemaining(onRow);
        }
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
