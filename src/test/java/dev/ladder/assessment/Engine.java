package dev.ladder.assessment;

import java.nio.file.Path;

import dev.ladder.LadderProperties;
import dev.ladder.catalogue.Catalogue;
import dev.ladder.catalogue.Recommender;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.review.ReviewValidator;

/**
 * The assessment engine wired by hand, without Spring: the project's real ontology (loaded once per
 * test run) and the rules of {@code rulesDir}, compiled by a real {@link RuleSets}.
 */
final class Engine {

    final RuleSets ruleSets;
    final Assessor assessor;

    Engine(Path rulesDir) {
        Catalogue catalogue = new Catalogue();
        catalogue.ontologyLoaded(LoadedFrameworks.shared());
        AssessmentAssembler assembler = new AssessmentAssembler(new Recommender(catalogue), catalogue);
        this.ruleSets = new RuleSets(new LadderProperties(Path.of("data"), Path.of("ontology"), rulesDir, false,
                LadderProperties.DemoSettings.off(), Path.of("features"), null), LoadedFrameworks.get(), catalogue,
                assembler);
        this.assessor = new Assessor(new ReviewValidator(LoadedFrameworks.get()), ruleSets, assembler);
    }

    /** The project's own {@code rules/}. */
    static Engine ofProjectRules() {
        return new Engine(Path.of("rules"));
    }
}
