package dev.ladder.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The project's real {@code ontology/} loaded once per test run into a throw-away TDB2 store. */
public final class LoadedFrameworks {

    private static Frameworks loaded;
    private static org.apache.jena.rdf.model.Model shared;

    private LoadedFrameworks() {
    }

    public static synchronized Frameworks get() {
        if (loaded == null) {
            try {
                OntologyWorkspace workspace = new OntologyWorkspace(Files.createTempDirectory("ladder-frameworks"));
                OntologyWorkspace.Service service = workspace.start(model -> shared = model);
                LoadReport report = service.load();
                if (!report.rejected().isEmpty()) {
                    throw new AssertionError("the project's ontology was rejected: " + report.rejected());
                }
                loaded = service.frameworks();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
