package dev.ladder.store;

import java.util.Collection;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Values set into a parsed query as RDF terms: one bound in a template ({@link #bound}), or a VALUES
 * block of strings put in front of a query's pattern as a syntax element. Not
 * {@code ParameterizedSparqlString.setValues}: that pastes each value into the text with
 * {@code String.replaceAll}, so a value holding {@code $} or {@code \} (an employee id is any text a
 * council uses) throws or changes the query.
 */
public final class Values {

    private Values() {
    }

    /**
     * {@code query} (SPARQL text with no VALUES block for {@code variable}) with one row per string of
     * {@code strings} bound to {@code ?variable} before its pattern.
     */
    public static Query of(String query, String variable, Collection<String> strings) {
        return ofNodes(query, variable, strings.stream().map(NodeFactory::createLiteralString).toList());
    }

    /**
     * A copy of {@code template} with {@code ?variable} replaced by {@code value} in its syntax: a query
     * parsed once (parsing the text costs more than running a look-up by id) and bound for each use. The
     * template is not changed, so one can be shared between threads.
     */
    public static Query bound(Query template, String variable, org.apache.jena.graph.Node value) {
        return QueryTransformOps.replaceVars(template, java.util.Map.of(Var.alloc(variable), value));
    }

    /** As {@link #of}, with RDF terms (such as IRIs) instead of strings. */
    public static Query ofNodes(String query, String variable, Collection<org.apache.jena.graph.Node> nodes) {
        Query parsed = QueryFactory.create(query);
        Var var = Var.alloc(variable);
        ElementData rows = new ElementData();
        rows.add(var);
        nodes.forEach(node -> rows.add(BindingFactory.binding(var, node)));
        ElementGroup where = new ElementGroup();
        where.addElement(rows);
        where.addElement(parsed.getQueryPattern());
        parsed.setQueryPattern(where);
        return parsed;
    }
}
