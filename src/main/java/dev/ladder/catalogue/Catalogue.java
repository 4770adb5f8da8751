package dev.ladder.catalogue;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.ladder.framework.OntologyListener;

/**
 * The learning catalogue in service, rebuilt from {@code ontology/} after every load; first among the
 * listeners, so that those that read it (the rule checks) see the new one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Catalogue implements OntologyListener {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final AtomicReference<CatalogueSnapshot> current = new AtomicReference<>(CatalogueSnapshot.EMPTY);

    @Override
    public void ontologyLoaded(Model shared) {
        CatalogueSnapshot snapshot = CatalogueReader.read(shared);
        current.set(snapshot);
        log.info("Learning catalogue: {} resources, {} themes, alignments for {}", snapshot.resources().size(),
                snapshot.themes().size(), snapshot.competencyThemes().keySet());
    }

    public CatalogueSnapshot snapshot() {
        return current.get();
    }
}
