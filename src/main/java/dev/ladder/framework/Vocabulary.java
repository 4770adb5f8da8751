package dev.ladder.framework;

/** IRIs of Ladder's vocabulary ({@code ontology/competency.ttl}) that Java needs to know. */
final class Vocabulary {

    static final String NS = "https://w3id.org/ladder/ontology#";
    static final String FRAMEWORK_CLASS = NS + "Framework";
    /** Named graphs of framework files are this prefix followed by the file's path under ontology/. */
    static final String GRAPH_PREFIX = "https://w3id.org/ladder/graph/";

    private Vocabulary() {
    }

    /** The id of a resource: the last segment of its IRI. */
    static String idOf(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
