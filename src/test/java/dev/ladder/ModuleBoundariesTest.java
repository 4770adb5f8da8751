package dev.ladder;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps data flowing one way, as described in the README, "Layout": web → (report, policy → scenario) → history →
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
                .layer("policy").definedBy("dev.ladder.policy..")
                .layer("scenario").definedBy("dev.ladder.scenario..")
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
                .whereLayer("policy").mayOnlyBeAccessedByLayers("web")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("policy", "web")
                .whereLayer("report").mayOnlyBeAccessedByLayers("web", "policy")
                .whereLayer("history").mayOnlyBeAccessedByLayers("report", "policy", "web")
                .whereLayer("assessment").mayOnlyBeAccessedByLayers("history", "report", "policy", "scenario", "web")
                .whereLayer("organisation").mayOnlyBeAccessedByLayers("history", "report", "policy", "security", "web")
                .whereLayer("review").mayOnlyBeAccessedByLayers("assessment", "history", "report", "policy", "scenario", "web")
                .whereLayer("catalogue").mayOnlyBeAccessedByLayers("assessment", "report", "policy", "scenario", "web")
                .whereLayer("framework").mayOnlyBeAccessedByLayers("review", "catalogue", "assessment",
                        "organisation", "history", "report", "policy", "scenario", "security", "web")
                .whereLayer("store").mayOnlyBeAccessedByLayers("framework", "organisation", "history", "report", "policy",
                        "security")
                .check(LADDER);
    }

    @Test
    void noCyclesBetweenCapabilities() {
        slices().matching("dev.ladder.(*)..").should().beFreeOfCycles().check(LADDER);
    }
}
