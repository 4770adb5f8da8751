package dev.ladder.framework;

import org.apache.jena.rdf.model.Model;

/**
 * Told after every ontology load, with the merged graphs that are not frameworks (rating scales,
 * themes, alignment, learning catalogue). Lets later capabilities build their own snapshots without
 * the framework package knowing them.
 */
public interface OntologyListener {

    void ontologyLoaded(Model shared);
}
