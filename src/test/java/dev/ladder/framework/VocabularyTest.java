package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term of {@code ontology/competency.ttl} explains itself to a person. */
class VocabularyTest {

    private final Model vocabulary = RDFDataMgr.loadModel(Path.of("ontology/competency.ttl").toString());

    @Test
    void everyTermHasALabelAndAPlainEnglishComment() {
        List<Resource> terms = vocabulary.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(Vocabulary.NS)).toList();

        assertThat(terms).hasSizeGreaterThan(30);
        assertThat(terms).allSatisfy(term -> {
            assertThat(term.hasProperty(RDFS.label)).as("%s has rdfs:label", term).isTrue();
            assertThat(term.hasProperty(RDFS.comment)).as("%s has rdfs:comment", term).isTrue();
        });
    }

    @Test
    void alignsWithSkosAndCtdlAsnWithoutImportingThem() {
        Resource framework = vocabulary.getResource(Vocabulary.NS + "Framework");
        Resource competency = vocabulary.getResource(Vocabulary.NS + "Competency");

        assertThat(framework.listProperties(RDFS.subClassOf).mapWith(s -> s.getResource().getURI()).toList())
                .contains("http://www.w3.org/2004/02/skos/core#ConceptScheme",
                        "https://purl.org/ctdlasn/terms/CompetencyFramework");
        assertThat(competency.listProperties(RDFS.subClassOf).mapWith(s -> s.getResource().getURI()).toList())
                .contains("https://purl.org/ctdlasn/terms/Competency");
        assertThat(vocabulary.listStatements(null, org.apache.jena.vocabulary.OWL.imports, (Resource) null).toList())
                .isEmpty();
    }
}
