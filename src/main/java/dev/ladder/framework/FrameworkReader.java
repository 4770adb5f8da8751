package dev.ladder.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Turns one framework graph (already SHACL-valid) into an immutable {@link Framework}, with a handful
 * of SPARQL queries per load rather than triple-by-triple reads per request.
 */
final class FrameworkReader {

    private static final String PREFIXES = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    // The reader's SPARQL, constant text: the framework, scale or competency asked about is ?about, set by
    // substitution on the parsed query (QueryExecution.substitution), never pasted into the text.
    private static final String FRAMEWORKS = "SELECT ?f ?title ?council ?scale WHERE { ?f a lad:Framework ; "
            + "lad:title ?title ; lad:council ?council OPTIONAL { ?f lad:ratingScale ?scale } }";
    private static final String SCALE_TITLE = "SELECT ?title WHERE { ?about lad:title ?title }";
    private static final String SCALE_POINTS = "SELECT ?value ?label WHERE { ?p lad:scale ?about ; lad:value ?value ; "
            + "lad:title ?label } ORDER BY ?value";
    private static final String LEVELS = "SELECT ?l ?rank ?title ?post WHERE { ?l a lad:Level ; lad:framework ?about ; "
            + "lad:rank ?rank ; lad:title ?title OPTIONAL { ?l lad:typicalPost ?post } } ORDER BY ?rank";
    private static final String COMPETENCIES = """
            SELECT ?c ?code ?title ?definition ?section ?cluster WHERE {
              ?c a lad:Competency ; lad:framework ?about ; lad:title ?title ; lad:position ?pos .
              OPTIONAL { ?c lad:code ?code }
              OPTIONAL { ?c lad:definition ?definition }
              OPTIONAL { ?c lad:section/lad:title ?section }
              OPTIONAL { ?c lad:cluster/lad:title ?cluster }
            } ORDER BY ?pos""";
    private static final String RANKS = "SELECT ?rank WHERE { ?about lad:appliesAtLevel/lad:rank ?rank } ORDER BY ?rank";
    private static final String INDICATORS = """
            SELECT ?i ?code ?text ?polarity ?kind ?rank WHERE {
              ?i lad:competency ?about ; lad:text ?text ; lad:polarity ?polarity ; lad:kind ?kind ;
                 lad:position ?pos .
              OPTIONAL { ?i lad:code ?code }
              OPTIONAL { ?i lad:level/lad:rank ?rank }
            } ORDER BY ?pos""";
    private static final String ATTRIBUTES = "SELECT ?v WHERE { ?about lad:attribute ?v } ORDER BY ?v";
    private static final String COMMENTS = "SELECT ?v WHERE { ?about rdfs:comment ?v } ORDER BY ?v";

    static final String DEFAULT_SCALE = "https://w3id.org/ladder/id/scale/default";

    private final Model graph;
    private final Model shared;

    private FrameworkReader(Model graph, Model shared) {
        this.graph = graph;
        this.shared = shared;
    }

    /**
     * Every framework described in {@code graph} (normally exactly one); {@code shared} holds what
     * frameworks refer to but do not contain, such as rating scales.
     */
    static List<Framework> read(Model graph, Model shared) {
        return new FrameworkReader(graph, shared).frameworks();
    }

    private List<Framework> frameworks() {
        List<Framework> frameworks = new ArrayList<>();
        select(graph, FRAMEWORKS, row -> {
            String iri = row.getResource("f").getURI();
            String scale = row.contains("scale") ? row.getResource("scale").getURI() : DEFAULT_SCALE;
            frameworks.add(new Framework(Vocabulary.idOf(iri), text(row, "title"), text(row, "council"),
                    levels(iri), ratingScale(scale), competencies(iri)));
        });
        return frameworks;
    }

    private RatingScale ratingScale(String scale) {
        List<RatingScale.Point> points = new ArrayList<>();
        String[] title = {null};
        select(shared, SCALE_TITLE, scale, row -> title[0] = text(row, "title"));
        select(shared, SCALE_POINTS, scale, row -> points.add(new RatingScale.Point(row.getLiteral("value").getInt(),
                text(row, "label"))));
        return new RatingScale(Vocabulary.idOf(scale), title[0], points);
    }

    private List<Level> levels(String framework) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        Map<Integer, String> ids = new LinkedHashMap<>();
        Map<Integer, List<String>> posts = new LinkedHashMap<>();
        select(graph, LEVELS, framework, row -> {
            int rank = row.getLiteral("rank").getInt();
            labels.put(rank, text(row, "title"));
            ids.put(rank, Vocabulary.idOf(row.getResource("l").getURI()));
            List<String> list = posts.computeIfAbsent(rank, r -> new ArrayList<>());
            if (row.contains("post")) {
                list.add(text(row, "post"));
            }
        });
        return labels.entrySet().stream()
                .map(e -> new Level(ids.get(e.getKey()), e.getKey(), e.getValue(), posts.get(e.getKey()))).toList();
    }

    private List<Competency> competencies(String framework) {
        List<Competency> competencies = new ArrayList<>();
        select(graph, COMPETENCIES, framework, row -> {
            String iri = row.getResource("c").getURI();
            competencies.add(new Competency(Vocabulary.idOf(iri), text(row, "code"), text(row, "title"),
                    text(row, "definition"), values(iri, ATTRIBUTES), text(row, "section"),
                    text(row, "cluster"), ranks(iri), indicators(iri), values(iri, COMMENTS)));
        });
        return competencies;
    }

    private List<Integer> ranks(String competency) {
        List<Integer> ranks = new ArrayList<>();
        select(graph, RANKS, competency, row -> ranks.add(row.getLiteral("rank").getInt()));
        return ranks;
    }

    private List<Indicator> indicators(String competency) {
        List<Indicator> indicators = new ArrayList<>();
        select(graph, INDICATORS, competency, row -> {
            String iri = row.getResource("i").getURI();
            boolean negative = row.getResource("polarity").getURI().equals(Vocabulary.NS + "Negative");
            indicators.add(new Indicator(Vocabulary.idOf(iri), text(row, "code"), text(row, "text"),
                    negative ? Polarity.NEGATIVE : Polarity.POSITIVE,
                    kindName(row.getResource("kind").getURI()),
                    row.contains("rank") ? row.getLiteral("rank").getInt() : null,
                    values(iri, COMMENTS)));
        });
        return indicators;
    }

    /** {@code lad:EffectiveBehaviour} → {@code "effective-behaviour"}. */
    private static String kindName(String iri) {
        return Vocabulary.idOf(iri).replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * All values of a property of one resource. RDF keeps no order among the values of one property
     * and the store returns them in no promised order, so they are sorted alphabetically: the same
     * answer on every load. {@code query} is {@link #ATTRIBUTES} or {@link #COMMENTS}.
     */
    private List<String> values(String subject, String query) {
        List<String> values = new ArrayList<>();
        select(graph, query, subject, row -> values.add(text(row, "v")));
        return values;
    }

    /** Runs constant {@code query} with {@code ?about} set to the resource {@code about}; no text is pasted. */
    private static void select(Model model, String query, String about, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecution.model(model).query(PREFIXES + query)
                .substitution("about", model.createResource(about)).build()) {
            ResultSet rows = execution.execSelect();
            rows.forEachRemaining(onRow);
        }
    }

    private static void select(Model model, String query, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecution.model(model).query(PREFIXES + query).build()) {
            ResultSet rows = execution.execSelect();
            rows.forEachRemaining(onRow);
        }
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : ((Literal) node).getLexicalForm();
    }
}
