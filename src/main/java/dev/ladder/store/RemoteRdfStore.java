package dev.ladder.store;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * {@link RdfStore} over a SPARQL 1.1 server such as Apache Jena Fuseki: queries go to the query
 * service, changes to the update service, each as one HTTP request (which the server runs as one
 * transaction). Graphs are copied with a CONSTRUCT query, so the Graph Store Protocol is not needed.
 * Failures become a {@link StoreException} naming the URL and what to check.
 */
final class RemoteRdfStore extends ConnectionRdfStore {

    /** How much of an error answer's body goes into a message. */
    private static final int BODY_SHOWN = 500;

    private static final String COPY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }";

    private final StoreProperties properties;

    private RemoteRdfStore(StoreProperties properties, RDFConnectionRemoteBuilder connections) {
        super(connections::build);
        this.properties = properties;
    }

    /** A store over the service that {@code properties} name; connects lazily, on the first request. */
    static RemoteRdfStore connect(StoreProperties properties) {
        HttpClient.Builder http = HttpEnv.httpClientBuilder();
        if (properties.authenticated()) {
            String user = properties.user();
            char[] password = properties.password().toCharArray();
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        RDFConnectionRemoteBuilder builder = RDFConnectionRemote.newBuilder()
                .destination(properties.url())
                .queryEndpoint(properties.queryUrl())
                .updateEndpoint(properties.updateUrl())
                .httpClient(http.build());
        return new RemoteRdfStore(properties, builder);
    }

    /** Where this store is, for logs. */
    String describe() {
        return "remote SPARQL store " + properties.url() + " (query " + properties.queryUrl() + ", update "
                + properties.updateUrl() + (properties.authenticated() ? ", as user " + properties.user() : "") + ")";
    }

    /**
     * One CONSTRUCT query rather than ASK and a Graph Store Protocol GET: over HTTP those would be two
     * requests, not one read, so a graph replaced in between could be seen half; and it needs only the
     * query service. An empty answer means no such graph (a quad store has no empty graphs).
     */
    @Override
    Optional<Model> copyOf(RDFConnection conn, String name) {
        Model copy = conn.queryConstruct(withGraph(COPY, name).asQuery());
        return copy.isEmpty() ? Optional.empty() : Optional.of(copy);
    }

    @Override
    RuntimeException failed(boolean update, RuntimeException e) {
        String endpoint = update ? properties.updateUrl() : properties.queryUrl();
        String what = update ? "update" : "query";
        return new StoreException("The remote SPARQL store " + properties.url() + " (ladder.store.url) failed a "
                + what + " at " + endpoint + ": " + reason(e), e);
    }

    private String reason(RuntimeException e) {
        int status = status(e);
        if (status == 401 || status == 403) {
            return "HTTP " + status + " " + statusText(status)
                    + (properties.authenticated() ? "; check ladder.store.user and ladder.store.password"
                            : "; the store wants credentials: set ladder.store.user and ladder.store.password");
        }
        if (status == 404) {
            return "HTTP 404 Not Found; check ladder.store.url (the dataset's base URL) and"
                    + " ladder.store.query-endpoint / ladder.store.update-endpoint";
        }
        if (status > 0) {
            String body = body(e);
            return "HTTP " + status + " " + statusText(status) + (body == null ? "" : ": " + body);
        }
        Throwable cause = networkCause(e);
        String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return "cannot reach it (" + detail + "); is the server running and the URL right?";
    }

    /** The most telling cause of a failure without an answer: connection refused, unknown host, timeout. */
    private static Throwable networkCause(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof HttpTimeoutException) {
                return t;
            }
            root = t;
        }
        return root;
    }

    /** The HTTP status in the exception or its causes; 0 when no answer came. */
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getStatusCode() > 0) {
                return http.getStatusCode();
            }
            if (t instanceof QueryExceptionHTTP query && query.getStatusCode() > 0) {
                return query.getStatusCode();
            }
        }
        return 0;
    }

    /** The error answer's body, shortened, if the exception kept it. */
    private static String body(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String body = t instanceof HttpException http ? http.getResponse()
                    : t instanceof QueryExceptionHTTP query ? query.getResponse() : null;
            if (body != null && !body.isBlank()) {
                body = body.strip();
                return body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body;
            }
        }
        return null;
    }

    private static String statusText(int status) {
        String text = org.apache.jena.web.HttpSC.getMessage(status);
        return text == null ? "" : text;
    }
}
