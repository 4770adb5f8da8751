package dev.ladder.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/** Builds a {@link CatalogueSnapshot} from the themes, alignment and learning graphs. */
final class CatalogueReader {

    private static final String PREFIXES = """
            PREFIX lad: <https://w3id.org/ladder/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Map<String, String> TYPES = Map.of("Course", "course", "ELearning", "e-learning",
            "Reading", "reading", "Coaching", "coaching", "Mentoring", "mentoring", "Shadowing", "shadowing",
            "OnTheJob", "on-the-job");

    private final Model model;

    private CatalogueReader(Model model) {
        this.model = model;
    }

    static CatalogueSnapshot read(Model shared) {
        CatalogueReader reader = new CatalogueReader(shared);
        return new CatalogueSnapshot(reader.themes(), reader.resources(), reader.alignment(), reader.audiences());
    }

    private Map<String, Theme> themes() {
        Map<String, Theme> themes = new TreeMap<>();
        select("SELECT ?t ?title ?d WHERE { ?t a lad:Theme ; lad:title ?title OPTIONAL { ?t skos:definition ?d } }",
                row -> themes.put(id(row, "t"), new Theme(id(row, "t"), text(row, "title"), text(row, "d"))));
        return themes;
    }

    private List<LearningResource> resources() {
        Map<String, String[]> basics = new LinkedHashMap<>();
        select("""
                SELECT ?r ?title ?type ?effort ?d WHERE {
                  ?r a lad:LearningResource ; lad:title ?title ; lad:resourceType ?type ; lad:effort ?effort .
                  OPTIONAL { ?r lad:description ?d }
                } ORDER BY ?title""", row -> basics.put(row.getResource("r").getURI(), new String[] {
                text(row, "title"), row.getResource("type").getLocalName(), text(row, "effort"), text(row, "d")}));
        Map<String, List<String>> themes = multi("SELECT ?r ?v WHERE { ?r a lad:LearningResource ; lad:develops ?v } ORDER BY ?v");
        Map<String, List<String>> audiences = multi("SELECT ?r ?v WHERE { ?r a lad:LearningResource ; lad:audience ?v }");
        Map<String, List<String>> addresses = multi("SELECT ?r ?v WHERE { ?r a lad:LearningResource ; lad:addresses ?v }");
        List<LearningResource> resources = new ArrayList<>();
        basics.forEach((iri, b) -> {
            Set<Audience> aimedAt = new TreeSet<>();
            audiences.getOrDefault(iri, List.of()).forEach(a -> aimedAt.add(Audience.fromLocalName(localName(a))));
            Set<String> behaviours = new TreeSet<>();
            addresses.getOrDefault(iri, List.of()).forEach(a -> behaviours.add(frameworkKey(a)));
            resources.add(new LearningResource(localName(iri), b[0], b[3], TYPES.getOrDefault(b[1], b[1]), b[2],
                    themes.getOrDefault(iri, List.of()).stream().map(CatalogueReader::localName).toList(),
                    aimedAt, behaviours));
        });
        return resources;
    }

    private Map<String, Map<String, List<String>>> alignment() {
        Map<String, Map<String, List<String>>> alignment = new TreeMap<>();
        select("SELECT ?c ?t WHERE { ?c lad:theme ?t } ORDER BY ?c ?t", row -> {
            String competency = row.getResource("c").getURI();
            alignment.computeIfAbsent(frameworkOf(competency), f -> new TreeMap<>())
                    .computeIfAbsent(localName(competency), c -> new ArrayList<>()).add(id(row, "t"));
        });
        return alignment;
    }

    private Map<String, Map<String, Audience>> audiences() {
        Map<String, Map<String, Audience>> audiences = new TreeMap<>();
        select("SELECT ?l ?a WHERE { ?l lad:audience ?a FILTER NOT EXISTS { ?l a lad:LearningResource } }", row -> {
            String level = row.getResource("l").getURI();
            audiences.computeIfAbsent(frameworkOf(level), f -> new TreeMap<>())
                    .put(localName(level), Audience.fromLocalName(row.getResource("a").getLocalName()));
        });
        return audiences;
    }

    private Map<String, List<String>> multi(String query) {
        Map<String, List<String>> values = new HashMap<>();
        select(query, row -> values.computeIfAbsent(row.getResource("r").getURI(), r -> new ArrayList<>())
                .add(row.getResource("v").getURI()));
        return values;
    }

    /** {@code https://w3id.org/ladder/id/cambridge/communication-n01} → {@code cambridge/communication-n01}. */
    static String frameworkKey(String iri) {
        return frameworkOf(iri) + "/" + localName(iri);
    }

    private static String frameworkOf(String iri) {
        String path = iri.substring(0, iri.lastIndexOf('/'));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String id(QuerySolution row, String variable) {
        return localName(row.getResource(variable).getURI());
    }

    private static String text(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getLexicalForm() : null;
    }

    private void select(String query, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecution.model(model).query(PREFIXES + query).build()) {
            execution.execSelect().forEachRemaining(onRow);
        }
    }
}
