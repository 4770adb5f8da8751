package dev.ladder.store;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Ladder keeps its RDF, under the prefix {@code ladder.store.}; documented in docs/stores.md.
 * Checked when bound, so a remote store without a URL stops the start-up with a message naming
 * the property.
 *
 * @param type           {@code tdb2} (the default: an embedded TDB2 database at {@code ladder.data-dir})
 *                       or {@code remote} (a SPARQL 1.1 server such as Fuseki)
 * @param url            remote only: the dataset's base URL, e.g. {@code http://localhost:3030/ladder}
 * @param user           remote only, optional: user name for HTTP basic authentication
 * @param password       remote only, optional: password for HTTP basic authentication
 * @param queryEndpoint  remote only: the SPARQL query service, relative to {@code url} or an absolute URL
 *                       (Fuseki: {@code query} or {@code sparql}); empty means {@code url} itself
 * @param updateEndpoint remote only: the SPARQL update service, relative to {@code url} or an absolute URL;
 *                       empty means {@code url} itself
 * @param nodeCache      tdb2 only: entries in each of TDB2's two node caches (see {@code Tdb2Folder.NODE_CACHE})
 */
@ConfigurationProperties("ladder.store")
public record StoreProperties(
        @DefaultValue("tdb2") Type type,
        String url,
        String user,
        String password,
        @DefaultValue("query") String queryEndpoint,
        @DefaultValue("update") String updateEndpoint,
        @DefaultValue("" + Tdb2Folder.NODE_CACHE) int nodeCache) {

    /** The kinds of store. */
    public enum Type {
        /** Embedded TDB2 database in {@code ladder.data-dir}: one process, no server. */
        TDB2,
        /** A SPARQL 1.1 query and update service over HTTP, such as Apache Jena Fuseki. */
        REMOTE
    }

    public StoreProperties {
        if (type == Type.REMOTE) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("ladder.store.url is required when ladder.store.type=remote:"
                        + " set it to the dataset's base URL, e.g. http://localhost:3030/ladder");
            }
            url = url.strip();
            URI parsed;
            try {
                parsed = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ladder.store.url '" + url + "' is not a URL: " + e.getMessage());
            }
            if (!("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()))
                    || parsed.getHost() == null) {
                throw new IllegalArgumentException("ladder.store.url '" + url
                        + "' must be an http:// or https:// URL with a host, e.g. http://localhost:3030/ladder");
            }
            if (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            if (blank(user) != blank(password)) {
                throw new IllegalArgumentException("ladder.store.user and ladder.store.password go together:"
                        + " set both for HTTP basic authentication, or neither");
            }
        }
    }

    /** True when HTTP basic authentication is configured. */
    public boolean authenticated() {
        return !blank(user);
    }

    /** The query service's full URL. */
    public String queryUrl() {
        return resolve(queryEndpoint);
    }

    /** The update service's full URL. */
    public String updateUrl() {
        return resolve(updateEndpoint);
    }

    /** Relative to {@code url}; absolute when it says http(s)://; empty means {@code url} itself. */
    private String resolve(String endpoint) {
        String e = endpoint == null ? "" : endpoint.strip();
        if (e.isEmpty()) {
            return url;
        }
        if (e.startsWith("http://") || e.startsWith("https://")) {
            return e;
        }
        return url + "/" + (e.startsWith("/") ? e.substring(1) : e);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "StoreProperties[type=" + type + ", url=" + url + ", user=" + user + ", password="
                + (password == null ? null : "******") + ", queryEndpoint=" + queryEndpoint
                + ", updateEndpoint=" + updateEndpoint + ", nodeCache=" + nodeCache + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
