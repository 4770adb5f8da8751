package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The rules of {@code ontology/shapes.ttl} that are more than "has one of": ranks, ids, levels. */
class ShapesTest {

    private static final String PREFIXES = """
            @prefix lad: <https://w3id.org/ladder/ontology#> .
            @prefix : <https://w3id.org/ladder/id/t/> .
            <https://w3id.org/ladder/id/t> a lad:Framework ; lad:title "T" ; lad:council "Test Council" .
            """;
    private static final String TWO_LEVELS = """
            :level-1 a lad:Level ; lad:framework <https://w3id.org/ladder/id/t> ; lad:rank 1 ; lad:title "One" .
            :level-2 a lad:Level ; lad:framework <https://w3id.org/ladder/id/t> ; lad:rank 2 ; lad:title "Two" .
            """;
    private static final String COMPETENCY = """
            :c a lad:Competency ; lad:framework <https://w3id.org/ladder/id/t> ; lad:title "C" ; lad:position 1 ;
               lad:appliesAtLevel :level-1 .
            """;

    private final ShapeCheck shapes = new ShapeCheck(RDFDataMgr.loadModel(Path.of("ontology/shapes.ttl").toString()));

    @Test
    void aMinimalFrameworkConforms() {
        assertThat(check(TWO_LEVELS + COMPETENCY + indicator("lad:Positive", "lad:PositiveSign", ":level-2"))).isEmpty();
    }

    @Test
    void ranksMustBeUnique() {
        assertThat(messages(TWO_LEVELS + """
                :level-3 a lad:Level ; lad:framework <https://w3id.org/ladder/id/t> ; lad:rank 2 ; lad:title "Also two" .
                """)).anyMatch(m -> m.contains("rank 2 is used by more than one level"));
    }

    @Test
    void ranksMustBeContiguousFromOne() {
        assertThat(messages("""
                :level-1 a lad:Level ; lad:framework <https://w3id.org/ladder/id/t> ; lad:rank 1 ; lad:title "One" .
                :level-3 a lad:Level ; lad:framework <https://w3id.org/ladder/id/t> ; lad:rank 3 ; lad:title "Three" .
                """)).anyMatch(m -> m.contains("without gaps") && m.contains("highest rank is 3"));
    }

    @Test
    void idsMustBeUniqueWithinAFramework() {
        assertThat(messages(TWO_LEVELS + COMPETENCY + """
                <https://w3id.org/ladder/id/elsewhere/c> a lad:Competency ; lad:framework <https://w3id.org/ladder/id/t> ;
                   lad:title "Another C" ; lad:position 2 ; lad:appliesAtLevel :level-1 .
                """)).anyMatch(m -> m.contains("c is the id"));
    }

    @Test
    void anIndicatorsLevelMustExistInItsFramework() {
        assertThat(messages(TWO_LEVELS + COMPETENCY + indicator("lad:Positive", "lad:PositiveSign", ":level-7")))
                .anyMatch(m -> m.contains("introduced at exactly one lad:Level"));
    }

    @Test
    void polarityMustBeFromTheAllowedSetAndAgreeWithTheKind() {
        assertThat(messages(TWO_LEVELS + COMPETENCY + indicator("lad:Neutral", "lad:PositiveSign", ":level-1")))
                .anyMatch(m -> m.contains("lad:Positive or lad:Negative"));
        assertThat(messages(TWO_LEVELS + COMPETENCY + indicator("lad:Positive", "lad:NegativeSign", ":level-1")))
                .anyMatch(m -> m.contains("Polarity and kind disagree"));
    }

    @Test
    void aCompetencyNeedsATitleAndOneFramework() {
        assertThat(messages(TWO_LEVELS + """
                :c a lad:Competency ; lad:position 1 ; lad:appliesAtLevel :level-1 .
                """)).anyMatch(m -> m.contains("lad:title")).anyMatch(m -> m.contains("exactly one lad:Framework"));
    }

    @Test
    void aLearningResourceNeedsATypeFromTheListAnEffortAndATheme() {
        List<String> messages = messages("""
                <https://w3id.org/ladder/id/learning/x> a lad:LearningResource ; lad:title "X" ;
                    lad:resourceType lad:Podcast .
                """);

        assertThat(messages).anyMatch(m -> m.contains("lad:resourceType"))
                .anyMatch(m -> m.contains("lad:effort"))
                .anyMatch(m -> m.contains("lad:develops"));
    }

    @Test
    void aWellFormedLearningResourceConforms() {
        assertThat(check("""
                <https://w3id.org/ladder/id/learning/x> a lad:LearningResource ; lad:title "X" ;
                    lad:resourceType lad:Course ; lad:effort "1 day" ;
                    lad:develops <https://w3id.org/ladder/theme/communication> .
                """)).isEmpty();
    }

    private static String indicator(String polarity, String kind, String level) {
        return ":c-p01 a lad:Indicator ; lad:competency :c ; lad:text \"Does it\" ; lad:polarity " + polarity
                + " ; lad:kind " + kind + " ; lad:level " + level + " ; lad:position 1 .\n";
    }

    private List<String> messages(String turtle) {
        return check(turtle).stream().map(LoadProblem::message).toList();
    }

    private List<LoadProblem> check(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return shapes.check("test.ttl", model);
    }
}
