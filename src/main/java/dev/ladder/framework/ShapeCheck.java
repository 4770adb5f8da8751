package dev.ladder.framework;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;

/** Checks a framework graph against {@code ontology/shapes.ttl} with Jena SHACL. */
final class ShapeCheck {

    private final Shapes shapes;

    ShapeCheck(Model shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph.getGraph());
    }

    /** Every violation as a problem naming focus node, path and the shape's message; empty when valid. */
    List<LoadProblem> check(String file, Model data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        PrefixMapping prefixes = data;
        return report.getEntries().stream()
                .map((ReportEntry entry) -> LoadProblem.shape(file, shortForm(entry.focusNode(), prefixes),
                        entry.resultPath() == null ? null : entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)),
                        entry.message()))
                .toList();
    }

    private static String shortForm(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            String shortened = prefixes.shortForm(node.getURI());
            return shortened.equals(node.getURI()) ? "<" + node.getURI() + ">" : shortened;
        }
        return node.toString();
    }
}
