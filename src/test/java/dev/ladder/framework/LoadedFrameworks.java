package dev.ladder.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The project's real {@code ontology/} loaded once per test run into a throw-away TDB2 store. */
final class LoadedFrameworks {

    private static Frameworks loaded;

    private LoadedFrameworks() {
    }

    static synchronized Frameworks get() {
        if (loaded == null) {
            try {
                OntologyWorkspace workspace = new OntologyWorkspace(Files.createTempDirectory("ladder-frameworks"));
                OntologyWorkspace.Service service = workspace.start();
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

    static Framework framework(String id) {
        return get().find(id).orElseThrow(() -> new AssertionError("framework not served: " + id));
    }
}
