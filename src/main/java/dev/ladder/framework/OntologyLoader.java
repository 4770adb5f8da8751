package dev.ladder.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.framework.LoadReport.Rejection;
import dev.ladder.store.RdfStore;
import dev.ladder.store.RdfStore.SourceGraph;

/**
 * Loads {@code ontology/} into the store and publishes the frameworks it holds.
 *
 * <p>Each Turtle file goes into its own named graph. A file whose checksum (of its bytes and of the
 * shapes it was checked with) matches the stored one is skipped. A changed file must parse and, unless
 * it is the vocabulary or the shapes, conform to {@code shapes.ttl}; then all accepted files replace
 * their graphs in one transaction. A rejected file changes nothing: its last good graph stays and
 * keeps being served. After each load the frameworks are published and every
 * {@link OntologyListener} (such as the learning catalogue) is handed the non-framework graphs.
 */
@Component
public class OntologyLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OntologyLoader.class);
    static final String SHAPES_FILE = "shapes.ttl";
    static final String VOCABULARY_FILE = "competency.ttl";
    private static final String FRAMEWORKS_FOLDER = "frameworks/";

    private final Path ontologyDir;
    private final RdfStore store;
    private final Frameworks frameworks;
    private final List<OntologyListener> listeners;

    OntologyLoader(LadderProperties properties, RdfStore store, Frameworks frameworks,
                   List<OntologyListener> listeners) {
        this.ontologyDir = properties.ontologyDir();
        this.store = store;
        this.frameworks = frameworks;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Why {@code folder} cannot serve as {@code ladder.ontology-dir}, if it cannot: it must be a folder
     * holding the vocabulary ({@code competency.ttl}) and at least one {@code frameworks/*.ttl}. Whether
     * the files are valid is the load's business; this only catches a service started in the wrong place.
     */
    public static Optional<String> unusableFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.of("no such folder");
        }
        if (!Files.isRegularFile(folder.resolve(VOCABULARY_FILE))) {
            return Optional.of("holds no " + VOCABULARY_FILE);
        }
        Path frameworksFolder = folder.resolve(FRAMEWORKS_FOLDER);
        if (Files.isDirectory(frameworksFolder)) {
            try (Stream<Path> paths = Files.walk(frameworksFolder)) {
                if (paths.anyMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".ttl"))) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.of("cannot be read: " + e.getMessage());
            }
        }
        return Optional.of("holds no frameworks (" + FRAMEWORKS_FOLDER + "*.ttl)");
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** Brings the store up to date with the folder and publishes the result; safe to call again. */
    public synchronized LoadReport load() {
        List<TurtleFile> files = turtleFiles();
        Map<String, String> stored = store.graphChecksums();
        List<String> loaded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, SourceGraph> replacements = new LinkedHashMap<>();

        ShapesSource shapes = ShapesSource.from(files);
        for (TurtleFile file : files) {
            String graph = Vocabulary.GRAPH_PREFIX + file.name();
            String checksum = file.checksum(isChecked(file) ? shapes.checksum() : "");
            if (checksum.equals(stored.get(graph))) {
                unchanged.add(file.name());
                continue;
            }
            List<LoadProblem> problems = new ArrayList<>();
            TurtleFile.Parsed parsed = file.parse();
            problems.addAll(parsed.problems());
            if (parsed.ok() && isChecked(file)) {
                problems.addAll(shapes.check(file, parsed.model()));
            }
            if (problems.isEmpty()) {
                replacements.put(graph, new SourceGraph(parsed.model(), checksum));
                loaded.add(file.name());
            } else {
                rejected.add(new Rejection(file.name(), problems));
            }
        }
        Set<String> present = new TreeSet<>();
        files.forEach(file -> present.add(Vocabulary.GRAPH_PREFIX + file.name()));
        Set<String> removals = new TreeSet<>(stored.keySet());
        removals.removeAll(present);

        store.replace(replacements, removals);
        LoadReport report = new LoadReport(Instant.now(), loaded, unchanged,
                removals.stream().map(g -> g.substring(Vocabulary.GRAPH_PREFIX.length())).toList(), rejected);
        Model shared = sharedGraphs();
        frameworks.publish(readFrameworks(shared, rejected), report);
        listeners.forEach(listener -> listener.ontologyLoaded(shared));
        logReport(report, stored.keySet());
        return report;
    }

    /** Everything that is not a framework (vocabulary, rating scales, themes, alignment, learning), merged. */
    private Model sharedGraphs() {
        Model shared = ModelFactory.createDefaultModel();
        for (String graph : new TreeSet<>(store.graphChecksums().keySet())) {
            if (!fileOf(graph).startsWith(FRAMEWORKS_FOLDER)) {
                store.graph(graph).ifPresent(shared::add);
            }
        }
        return shared;
    }

    /** Builds the snapshot from the store, refusing a second file that claims an id already taken. */
    private List<Framework> readFrameworks(Model shared, List<Rejection> rejected) {
        Map<String, Framework> byId = new LinkedHashMap<>();
        for (String graph : new TreeSet<>(store.graphChecksums().keySet())) {
            String file = fileOf(graph);
            if (!file.startsWith(FRAMEWORKS_FOLDER)) {
                continue;
            }
            store.graph(graph).ifPresent(model -> FrameworkReader.read(model, shared).forEach(framework -> {
                if (byId.putIfAbsent(framework.id(), framework) != null) {
                    rejected.add(new Rejection(file, List.of(LoadProblem.file(file,
                            "framework id '" + framework.id() + "' is already defined by another file; not served"))));
                }
            }));
        }
        return List.copyOf(byId.values());
    }

    private static String fileOf(String graph) {
        return graph.substring(Vocabulary.GRAPH_PREFIX.length());
    }

    /** Data files are checked against the shapes; the vocabulary and the shapes themselves only parse. */
    private static boolean isChecked(TurtleFile file) {
        return !file.name().equals(SHAPES_FILE) && !file.name().equals(VOCABULARY_FILE);
    }

    private List<TurtleFile> turtleFiles() {
        if (!Files.isDirectory(ontologyDir)) {
            log.warn("ladder.ontology-dir {} is not a folder; no frameworks to load", ontologyDir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(ontologyDir)) {
            List<TurtleFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                files.add(TurtleFile.read(ontologyDir, path));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ladder.ontology-dir " + ontologyDir, e);
        }
    }

    /**
     * A rejected file is a warning: the service goes on with the last good version of it, if any, and
     * {@code GET /api/status} lists the problems. Only a load that leaves no framework in service at all
     * is an error (health is DOWN then).
     */
    private void logReport(LoadReport report, Set<String> storedBefore) {
        log.info("Ontology load: {} loaded {}, {} unchanged, {} removed {}, {} rejected",
                report.loaded().size(), report.loaded(), report.unchanged().size(), report.removed().size(),
                report.removed(), report.rejected().size());
        report.rejected().forEach(rejection -> {
            log.warn("Rejected {} - {}:", rejection.file(), storedBefore.contains(Vocabulary.GRAPH_PREFIX + rejection.file())
                    ? "the last good version stays in service" : "not in service");
            rejection.problems().forEach(problem -> log.warn("  {}", problem.describe()));
        });
        if (frameworks.all().isEmpty()) {
            log.error("No framework in service: none from ladder.ontology-dir {} was accepted; nothing can be "
                    + "assessed until one is (GET /api/status lists the problems)", ontologyDir.toAbsolutePath());
        }
    }
}
