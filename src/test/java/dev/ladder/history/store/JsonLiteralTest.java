package dev.ladder.history.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Stored JSON is compressed, reads back the same, and what was stored as a plain string still reads. */
class JsonLiteralTest {

    private static final String JSON = "{\"because\":\"" + "Rated 2 (developing), below 3; ".repeat(200) + "é\"}";

    @Test
    void compressedJsonReadsBackTheSameAndIsSmaller() {
        Literal packed = ModelFactory.createDefaultModel().asRDFNode(JsonLiteral.pack(JSON)).asLiteral();

        assertThat(packed.getDatatypeURI()).isEqualTo(JsonLiteral.GZIP_JSON);
        assertThat(packed.getLexicalForm().length()).isLessThan(JSON.length() / 5);
        assertThat(JsonLiteral.text(packed)).isEqualTo(JSON);
    }

    @Test
    void aPlainStringAsStoredBeforeIsReadAsItIs() {
        Literal plain = ModelFactory.createDefaultModel().createLiteral(JSON);

        assertThat(JsonLiteral.text(plain)).isEqualTo(JSON);
    }
}
