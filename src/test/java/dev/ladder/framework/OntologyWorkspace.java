package dev.ladder.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.apache.jena.tdb2.TDB2Factory;

import dev.ladder.LadderProperties;
import dev.ladder.store.RdfStore;

/**
 * A copy of the real {@code ontology/} folder and a fresh TDB2 database under a temporary folder, so
 * a test can break files and restart the loader without touching the project's own files.
 */
public final class OntologyWorkspace {

    final Path ontologyDir;
    final Path dataDir;
    final RdfStore store;

    OntologyWorkspace(Path tempDir) {
        this.ontologyDir = tempDir.resolve("ontology");
        this.dataDir = tempDir.resolve("data");
        copyTree(Path.of("ontology"), ontologyDir);
        this.store = RdfStore.over(TDB2Factory.connectDataset(dataDir.toString()));
    }

    /** A loader and frameworks as a freshly started service would have them: nothing published yet. */
    Service start(OntologyListener... listeners) {
        Frameworks frameworks = new Frameworks();
        OntologyLoader loader = new OntologyLoader(
                new LadderProperties(dataDir, ontologyDir, Path.of("rules"), false, LadderProperties.DemoSettings.off(), Path.of("features"), null), store, frameworks,
                java.util.List.of(listeners));
        return new Service(loader, frameworks);
    }

    Path file(String name) {
        return ontologyDir.resolve(name);
    }

    String read(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String name, String content) {
        try {
            Files.writeString(file(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, failing loudly if the file does not hold it. */
    void edit(String name, String from, String to) {
        String content = read(name);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(name + " does not contain: " + from);
        }
        write(name, content.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    record Service(OntologyLoader loader, Frameworks frameworks) {
        LoadReport load() {
            return loader.load();
        }

        Framework framework(String id) {
            return frameworks.find(id).orElseThrow(() -> new AssertionError("framework not served: " + id));
        }
    }

    /** Deletes {@code folder} and everything in it (a store opened there is not used again). */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from}, with everything below it, into {@code to}. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
