package dev.ladder.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.query.Dataset;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * A real Apache Jena Fuseki server on the loopback interface and a free port, serving one dataset at
 * {@code /ladder} for query, update and the Graph Store Protocol: what {@code ladder.store.type=remote}
 * talks to in the tests.
 */
public final class Fuseki implements AutoCloseable {

    public static final String DATASET = "/ladder";

    private final FusekiServer server;
    private final Dataset dataset;

    private Fuseki(FusekiServer server, Dataset dataset) {
        this.server = server;
        this.dataset = dataset;
    }

    /** Serves {@code dataset} to anyone. */
    public static Fuseki serve(Dataset dataset) {
        return serve(dataset, 0);
    }

    /** Serves {@code dataset} to anyone on {@code port} (0: any free one), e.g. again after {@link #close}. */
    public static Fuseki serve(Dataset dataset, int port) {
        quiet();
        return new Fuseki(FusekiServer.create().loopback(true).port(port).add(DATASET, dataset).build().start(), dataset);
    }

    /** Serves {@code dataset} only to {@code user} with {@code password}, by HTTP basic authentication. */
    public static Fuseki serveWithBasicAuth(Dataset dataset, String user, String password) {
        quiet();
        return new Fuseki(FusekiServer.create().loopback(true).port(0)
                .securityHandler(JettySecurityLib.makeSecurityHandler("ladder",
                        JettySecurityLib.makeUserStore(user, password), AuthScheme.BASIC))
                .serverAuthPolicy(Auth.ANY_USER)
                .add(DATASET, dataset).build().start(), dataset);
    }

    /** The dataset's base URL, what {@code ladder.store.url} is set to. */
    public String url() {
        return "http://localhost:" + server.getHttpPort() + DATASET;
    }

    /** The dataset served, to look at what the server holds without going through Ladder. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Jetty and Fuseki log every request, and Fuseki each failed request with its stack trace; the tests
     * fail requests on purpose and read the failure from the client's side.
     */
    private static void quiet() {
        level("org.eclipse.jetty", Level.WARN);
        level("org.apache.jena.http", Level.WARN);
        level("org.apache.jena.fuseki", Level.ERROR);
    }

    private static void level(String name, Level level) {
        if (LoggerFactory.getLogger(name) instanceof Logger logback) {
            logback.setLevel(level);
        }
    }
}
