package dev.ladder.history.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;

/**
 * A review's or an assessment's JSON as stored: gzip-compressed and base64-encoded, typed
 * {@value #GZIP_JSON}. Why: the JSON is most of a stored review (about 13 KB of text, against about
 * 2.5 KB compressed), and TDB2 keeps every literal whole in its node table for good. A plain string
 * literal (what reviews stored before were written as) is read as it is.
 */
final class JsonLiteral {

    static final String GZIP_JSON = "https://w3id.org/ladder/record#gzipJson";
    private static final RDFDatatype TYPE = TypeMapper.getInstance().getSafeTypeByName(GZIP_JSON);

    private JsonLiteral() {
    }

    /** The literal to store for {@code json}. */
    static Node pack(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NodeFactory.createLiteralDT(Base64.getEncoder().encodeToString(bytes.toByteArray()), TYPE);
    }

    /** The JSON text of a stored literal: compressed ({@value #GZIP_JSON}) or a plain string. */
    static String text(Literal literal) {
        if (!GZIP_JSON.equals(literal.getDatatypeURI())) {
            return literal.getLexicalForm();
        }
        byte[] compressed = Base64.getDecoder().decode(literal.getLexicalForm());
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored " + GZIP_JSON + " literal is not gzip-compressed JSON", e);
        }
    }
}
