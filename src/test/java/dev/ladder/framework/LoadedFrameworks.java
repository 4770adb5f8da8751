package dev.ladder.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's real {@code ontology/} loaded once per test run into a throw-away TDB2 store. */
public final class LoadedFrameworks {

    private static Frameworks loaded;
    private static org.apache.jena.rdf.model.Model shared;

    private LoadedFrameworks() {
    }

    public static synchronized Frameworks get() {
        if (loaded == null) {
            Path folder;
            try {
                folder = Files.createTempDirectory("ladder-frameworks");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                OntologyWorkspace workspace = new OntologyWorkspace(folder);
                OntologyWorkspace.Service service = workspace.start(model -> shared = model);
                LoadReport report = service.load();
                if (!report.rejected().isEmpty()) {
                    throw new AssertionError("the project's ontology was rejected: " + report.rejected());
                }
                loaded = service.frameworks();
            } finally {
                // the frameworks and shared graphs are in memory now: the copy and its store are not needed
                OntologyWorkspace.delete(folder);
            }
        }
        return loaded;
    }

    /** The non-framework graphs of that load (themes, alignment, catalogue), as listeners receive them. */
    public static synchronized org.apache.jena.rdf.model.Model shared() {
        get();
        return shared;
    }

    public static Framework framework(String id) {
        return get().find(id).orElseThrow(() -> new AssertionError("framework not served: " + id));
    }
}
