package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ladder.store.RdfStore.SourceGraph;

/**
 * What every {@link RdfStore} must do, whatever is behind it. Each kind of store runs these same tests
 * through a subclass: the embedded TDB2 database, and a real Fuseki server over HTTP.
 */
abstract class RdfStoreContract {

    static final String EX = "https://example.org/";
    static final String A = "https://w3id.org/ladder/graph/test/a.ttl";
    static final String B = "https://w3id.org/ladder/graph/test/b.ttl";
    static final String C = "https://w3id.org/ladder/graph/test/c.ttl";

    RdfStore store;

    /** A store with nothing in it, new for each test. */
    abstract RdfStore emptyStore();

    @BeforeEach
    void open() {
        store = emptyStore();
    }

    @Test
    void anEmptyStoreHasNoGraphs() {
        assertThat(store.graphChecksums()).isEmpty();
        assertThat(store.graph(A)).isEmpty();
    }

    @Test
    void replacePutsEachGraphWithTheChecksumOfItsSource() {
        Model a = people("a", 3);
        Model b = people("b", 2);

        store.replace(ordered(A, new SourceGraph(a, "sum-a"), B, new SourceGraph(b, "sum-b")), Set.of());

        assertThat(store.graphChecksums()).isEqualTo(Map.of(A, "sum-a", B, "sum-b"));
        assertIsomorphic(store.graph(A).orElseThrow(), a);
        assertIsomorphic(store.graph(B).orElseThrow(), b);
    }

    @Test
    void replaceSwapsGraphsAndDropsRemovalsWithTheirChecksums() {
        store.replace(ordered(A, new SourceGraph(people("a", 3), "a1"), B, new SourceGraph(people("b", 2), "b1")),
                Set.of());
        Model newA = people("a-new", 4);
        Model c = people("c", 1);

        store.replace(ordered(A, new SourceGraph(newA, "a2"), C, new SourceGraph(c, "c1")), Set.of(B));

        assertThat(store.graphChecksums()).isEqualTo(Map.of(A, "a2", C, "c1"));
        assertIsomorphic(store.graph(A).orElseThrow(), newA);
        assertIsomorphic(store.graph(C).orElseThrow(), c);
        assertThat(store.graph(B)).isEmpty();
    }

    @Test
    void replacingNothingChangesNothing() {
        store.replace(Map.of(A, new SourceGraph(people("a", 1), "a1")), Set.of());

        store.replace(Map.of(), Set.of());

        assertThat(store.graphChecksums()).isEqualTo(Map.of(A, "a1"));
    }

    @Test
    void readersSeeAReplaceWholeOrNotAtAll() throws Exception {
        Map<String, Integer> first = Map.of(A + " a1", 3 * 3, B + " b1", 2 * 3);
        Map<String, Integer> second = Map.of(A + " a2", 5 * 3, C + " c1", 1 * 3);
        store.replace(ordered(A, new SourceGraph(people("a1", 3), "a1"), B, new SourceGraph(people("b", 2), "b1")),
                Set.of());
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 15; i++) {
                    store.replace(ordered(A, new SourceGraph(people("a2", 5), "a2"),
                            C, new SourceGraph(people("c", 1), "c1")), Set.of(B));
                    store.replace(ordered(A, new SourceGraph(people("a1", 3), "a1"),
                            B, new SourceGraph(people("b", 2), "b1")), Set.of(C));
                }
            } finally {
                writing.set(false);
            }
        });
        Set<Map<String, Integer>> seen = new HashSet<>();
        for (int reads = 0; writing.get() && reads < 2_000; reads++) {
            seen.add(sourcesWithTripleCounts());
        }
        writer.get(60, TimeUnit.SECONDS);
        seen.add(sourcesWithTripleCounts());

        assertThat(seen).isSubsetOf(first, second).contains(first);
    }

    @Test
    void graphIsACopyThatNeitherSideChanges() {
        Model a = people("a", 2);
        store.replace(Map.of(A, new SourceGraph(a, "a1")), Set.of());

        Model copy = store.graph(A).orElseThrow();
        copy.add(copy.createResource(EX + "intruder"), copy.createProperty(EX, "name"), "Not stored");
        store.replace(Map.of(A, new SourceGraph(people("other", 1), "a2")), Set.of());

        assertThat(copy.size()).isEqualTo(a.size() + 1);
        assertThat(store.graph(A).orElseThrow().contains(null, null, "Not stored")).isFalse();
    }

    @Test
    void graphsKeepBlankNodesLiteralsAndTextExactly() {
        Model a = awkward("a");
        Model b = awkward("b");

        store.replace(ordered(A, new SourceGraph(a, "a1"), B, new SourceGraph(b, "b1")), Set.of());

        assertIsomorphic(store.graph(A).orElseThrow(), a);
        assertIsomorphic(store.graph(B).orElseThrow(), b);
    }

    @Test
    void aLargeGraphGoesInOneReplace() {
        Model big = people("big", 2_000);

        store.replace(Map.of(A, new SourceGraph(big, "big")), Set.of());

        assertThat(store.graph(A).orElseThrow().size()).isEqualTo(big.size());
    }

    @Test
    void selectHandsOverEveryRowWithItsTypes() {
        store.replace(Map.of(A, new SourceGraph(people("a", 3), "a1")), Set.of());
        List<String> rows = new ArrayList<>();

        store.select(QueryFactory.create("SELECT ?name ?age WHERE { GRAPH <" + A + "> { ?p <" + EX + "name> ?name ; <"
                + EX + "age> ?age } } ORDER BY ?age"), row -> rows.add(row.getLiteral("name").getString() + "/"
                        + row.getLiteral("age").getInt() + "/" + row.getLiteral("age").getDatatypeURI()));

        assertThat(rows).containsExactly("a 0 \"quoted\"/20/" + XSDDatatype.XSDlong.getURI(),
                "a 1 \"quoted\"/21/" + XSDDatatype.XSDlong.getURI(),
                "a 2 \"quoted\"/22/" + XSDDatatype.XSDlong.getURI());
    }

    @Test
    void selectOfNothingHandsOverNoRow() {
        List<Object> rows = new ArrayList<>();

        store.select(QueryFactory.create("SELECT ?s WHERE { GRAPH <" + A + "> { ?s ?p ?o } }"), rows::add);

        assertThat(rows).isEmpty();
    }

    @Test
    void updateRunsEveryOperationOfTheRequest() {
        String graph = "urn:ladder:test:register";
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + graph + "> { <urn:x> <urn:p> \"old\" } }"));
        UpdateRequest request = UpdateFactory.create("DROP SILENT GRAPH <" + graph + ">");
        request.add(RdfStore.insertData(graph, people("n", 2)));

        store.update(request);

        Model stored = store.graph(graph).orElseThrow();
        assertIsomorphic(stored, people("n", 2));
        assertThat(store.graphChecksums()).as("an update touches no checksum").isEmpty();
    }

    @Test
    void aFailingUpdateRequestChangesNothing() {
        Model a = people("a", 2);
        store.replace(Map.of(A, new SourceGraph(a, "a1")), Set.of());
        UpdateRequest request = new UpdateRequest();
        request.add(RdfStore.insertData(B, people("b", 1)));
        request.add("DELETE WHERE { GRAPH <" + A + "> { ?s ?p ?o } }");
        request.add("CLEAR GRAPH <urn:ladder:test:no-such-graph>"); // fails: CLEAR of a graph that is not there

        assertThatThrownBy(() -> store.update(request)).isInstanceOf(RuntimeException.class);

        assertThat(store.graphChecksums()).isEqualTo(Map.of(A, "a1"));
        assertIsomorphic(store.graph(A).orElseThrow(), a);
        assertThat(store.graph(B)).isEmpty();
    }

    // --- helpers

    /** Each source graph with its checksum and how many triples it holds, read in one query. */
    private Map<String, Integer> sourcesWithTripleCounts() {
        Map<String, Integer> found = new TreeMap<>();
        store.select(QueryFactory.create("SELECT ?g ?sum (COUNT(?s) AS ?n) WHERE { GRAPH <"
                + ConnectionRdfStore.META_GRAPH + "> { ?g ?checksum ?sum } OPTIONAL { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g ?sum"),
                row -> found.put(row.getResource("g").getURI() + " " + row.getLiteral("sum").getString(),
                        row.getLiteral("n").getInt()));
        return found;
    }

    /** {@code count} people, three triples each, with a name that needs escaping. */
    static Model people(String prefix, int count) {
        Model model = ModelFactory.createDefaultModel();
        Property name = model.createProperty(EX, "name");
        Property age = model.createProperty(EX, "age");
        for (int i = 0; i < count; i++) {
            model.createResource(EX + prefix + "/" + i)
                    .addProperty(model.createProperty(EX, "kind"), model.createResource(EX + "Person"))
                    .addProperty(name, prefix + " " + i + " \"quoted\"")
                    .addLiteral(age, (long) (20 + i));
        }
        return model;
    }

    /** Blank nodes (nested and in a list), typed and language-tagged literals, text that needs escaping. */
    static Model awkward(String label) {
        Model model = ModelFactory.createDefaultModel();
        Resource subject = model.createResource(EX + label);
        Property p = model.createProperty(EX, "p");
        Resource shape = model.createResource()
                .addProperty(p, model.createResource().addProperty(p, "nested " + label));
        subject.addProperty(p, shape)
                .addProperty(p, model.createList(model.createResource(), model.createTypedLiteral(1),
                        model.createLiteral("in a list")))
                .addProperty(p, model.createLiteral("Sees customers as interruptions to 'the day job'", "en-GB"))
                .addProperty(p, "Quotes \" and \\ backslash,\nnew line,\ttab, unicode é ñ — “curly” ✓ 𝄞")
                .addProperty(p, model.createTypedLiteral("2026-11-23", XSDDatatype.XSDdate))
                // canonical form: TDB2 keeps small numbers, dates and booleans by value, so "3.50" comes back "3.5"
                .addProperty(p, model.createTypedLiteral("3.5", XSDDatatype.XSDdecimal))
                .addProperty(p, model.createTypedLiteral(true))
                .addProperty(p, model.createTypedLiteral("x", "https://example.org/customType"))
                .addProperty(p, "")
                .addProperty(p, "long ".repeat(2_000));
        Literal typedString = model.createTypedLiteral("plain", XSDDatatype.XSDstring);
        subject.addProperty(model.createProperty(EX, "s"), typedString);
        return model;
    }

    /** A map that keeps the order given, as the ontology loader's does. */
    static Map<String, SourceGraph> ordered(String g1, SourceGraph s1, String g2, SourceGraph s2) {
        Map<String, SourceGraph> map = new java.util.LinkedHashMap<>();
        map.put(g1, s1);
        map.put(g2, s2);
        return map;
    }

    static void assertIsomorphic(Model actual, Model expected) {
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> "graphs differ; expected " + expected.size() + " triples, got " + actual.size())
                .isTrue();
    }
}
