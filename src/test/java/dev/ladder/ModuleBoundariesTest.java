package dev.ladder;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps data flowing one way, as described in the README, "Layout": web → report → history →
 * (assessment, organisation) → (review, catalogue) → framework → store. A new arrow the other way,
 * or a cycle between capabilities, fails the build.
 */
class ModuleBoundariesTest {

    private static final JavaClasses LADDER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ladder");

    @Test
    void capabilitiesDependOnlyDownstream() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("dev.ladder.web..")
                .layer("security").definedBy("dev.ladder.security..")
                .layer("report").definedBy("dev.ladder.report..")
                .layer("history").definedBy("dev.ladder.history..")
                .layer("assessment").definedBy("dev.ladder.assessment..")
                .layer("organisation").definedBy("dev.ladder.organisation..")
                .layer("review").definedBy("dev.ladder.review..")
                .layer("catalogue").definedBy("dev.ladder.catalogue..")
                .layer("framework").definedBy("dev.ladder.framework..")
                .layer("store").definedBy("dev.ladder.store..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("security").mayOnlyBeAccessedByLayers("web")
                .whereLayer("report").mayOnlyBeAccessedByLayers("web")
                .whereLayer("history").mayOnlyBeAccessedByLayers("report", "web")
                .whereLayer("assessment").mayOnlyBeAccessedByLayers("history", "report", "web")
                .whereLayer("organisation").mayOnlyBeAccessedByLayers("history", "report", "security", "web")
                .whereLayer("review").mayOnlyBeAccessedByLayers("assessment", "history", "report", "web")
                .whereLayer("catalogue").mayOnlyBeAccessedByLayers("assessment", "report", "web")
                .whereLayer("framework").mayOnlyBeAccessedByLayers("review", "catalogue", "assessment",
                        "organisation", "history", "report", "security", "web")
                .whereLayer("store").mayOnlyBeAccessedByLayers("framework", "organisation", "history", "security")
                .check(LADDER);
    }

    @Test
    void noCyclesBetweenCapabilities() {
        slices().matching("dev.ladder.(*)..").should().beFreeOfCycles().check(LADDER);
    }
}
