package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.ladder.framework.LoadReport.Rejection;

/** Loading ontology/ into a real TDB2 store: first load, no-op reloads, changes, and broken files. */
@ExtendWith(OutputCaptureExtension.class)
class OntologyLoaderTest {

    private static final String MK = "frameworks/milton-keynes.ttl";
    private static final String CAMBRIDGE = "frameworks/cambridge.ttl";
    private static final String FIRST_MK_SIGN = "Has a good understanding of the services they provide";

    @TempDir
    Path tempDir;
    OntologyWorkspace workspace;
    OntologyWorkspace.Service service;

    @BeforeEach
    void firstLoad() {
        workspace = new OntologyWorkspace(tempDir);
        service = workspace.start();
        LoadReport report = service.load();
        assertThat(report.rejected()).isEmpty();
        assertThat(report.loaded()).contains(CAMBRIDGE, MK, "frameworks/leicester.ttl", "competency.ttl");
    }

    @Test
    void servesTheThreeCouncils() {
        assertThat(service.frameworks().all()).extracting(Framework::id)
                .containsExactly("cambridge", "leicester", "milton-keynes");
        assertThat(service.framework("leicester").council()).isEqualTo("Leicester City Council");
    }

    @Test
    void anUnchangedFileIsNotReloaded() {
        LoadReport again = service.load();

        assertThat(again.loaded()).isEmpty();
        assertThat(again.unchanged()).contains(CAMBRIDGE, MK, "frameworks/leicester.ttl");
        assertThat(service.frameworks().all()).hasSize(3);
    }

    @Test
    void aChangedFileReplacesItsGraph() {
        workspace.edit(MK, FIRST_MK_SIGN, "Knows the services they provide");

        LoadReport report = service.load();

        assertThat(report.loaded()).containsExactly(MK);
        assertThat(texts("milton-keynes")).contains("Knows the services they provide").doesNotContain(FIRST_MK_SIGN);
        assertThat(indicatorCount("milton-keynes")).isEqualTo(211);
    }

    @Test
    void aSyntaxErrorIsRejectedWithFileAndLineAndTheLastGoodDataStays(CapturedOutput output) {
        String original = workspace.read(MK);
        int line = lineOf(original, FIRST_MK_SIGN);
        workspace.edit(MK, "\"" + FIRST_MK_SIGN + "\" ;", "\"" + FIRST_MK_SIGN + "\" ;;; oops");

        LoadReport report = service.load();

        Rejection rejection = onlyRejection(report, MK);
        assertThat(rejection.problems()).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(MK);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.describe()).startsWith(MK + ":" + line + ":");
        });
        assertThat(texts("milton-keynes")).contains(FIRST_MK_SIGN);
        assertThat(indicatorCount("milton-keynes")).isEqualTo(211);
        // the service goes on with the last good version: a warning, not an error
        assertLoggedAtWarn(output, "Rejected " + MK + " - the last good version stays in service:");
        assertLoggedAtWarn(output, "  " + rejection.problems().get(0).describe());
    }

    @Test
    void aShapeViolationNamesFocusNodePathAndMessageAndTheLastGoodDataStays() {
        workspace.edit(CAMBRIDGE, "\"Gives contradictory or conflicting messages\" ;\n    lad:polarity lad:Negative ;",
                "\"Gives contradictory or conflicting messages\" ;\n   ");

        LoadReport report = service.load();

        Rejection rejection = onlyRejection(report, CAMBRIDGE);
        assertThat(rejection.problems()).anySatisfy(problem -> {
            assertThat(problem.focusNode()).isEqualTo(":communication-n01");
            assertThat(problem.path()).isEqualTo("lad:polarity");
            assertThat(problem.message()).contains("lad:polarity");
        });
        assertThat(service.framework("cambridge").competency("communication").orElseThrow().indicators())
                .filteredOn(i -> i.id().equals("communication-n01"))
                .singleElement().extracting(Indicator::polarity).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void aRestartedServiceServesTheLastGoodDataEvenWhenTheFileIsBroken() {
        workspace.write(CAMBRIDGE, "this is not turtle");
        service.load();

        OntologyWorkspace.Service restarted = workspace.start();
        LoadReport report = restarted.load();

        onlyRejection(report, CAMBRIDGE);
        assertThat(restarted.frameworks().all()).extracting(Framework::id)
                .containsExactly("cambridge", "leicester", "milton-keynes");
        assertThat(indicatorCount(restarted.framework("cambridge"))).isEqualTo(307);
        assertThat(restarted.frameworks().lastLoad().rejected()).extracting(Rejection::file).containsExactly(CAMBRIDGE);
    }

    @Test
    void aGoodChangeLandsEvenWhenAnotherFileIsRejectedInTheSameLoad() {
        workspace.edit(MK, FIRST_MK_SIGN, "Knows the services they provide");
        workspace.write(CAMBRIDGE, workspace.read(CAMBRIDGE) + "\n:broken a lad:Competency .\n");

        LoadReport report = service.load();

        assertThat(report.loaded()).containsExactly(MK);
        onlyRejection(report, CAMBRIDGE);
        assertThat(texts("milton-keynes")).contains("Knows the services they provide");
        assertThat(service.framework("cambridge").competency("broken")).isEmpty();
    }

    @Test
    void aNewBrokenFrameworkIsNotServedAndTheOthersAre(CapturedOutput output) {
        workspace.write("frameworks/new-council.ttl", """
                @prefix lad: <https://w3id.org/ladder/ontology#> .
                <https://w3id.org/ladder/id/new-council> a lad:Framework ; lad:title "New" .
                """);

        LoadReport report = service.load();

        Rejection rejection = onlyRejection(report, "frameworks/new-council.ttl");
        assertThat(rejection.problems()).anySatisfy(problem -> {
            assertThat(problem.focusNode()).isEqualTo("<https://w3id.org/ladder/id/new-council>");
            assertThat(problem.message()).contains("lad:council");
        });
        assertThat(service.frameworks().find("new-council")).isEmpty();
        assertThat(service.frameworks().all()).hasSize(3);
        assertLoggedAtWarn(output, "Rejected frameworks/new-council.ttl - not in service:");
    }

    @Test
    void brokenShapesRejectChangedFrameworksAndKeepTheRest() {
        workspace.write(OntologyLoader.SHAPES_FILE, "@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y");

        LoadReport report = service.load();

        assertThat(report.rejected()).extracting(Rejection::file)
                .contains(OntologyLoader.SHAPES_FILE, CAMBRIDGE, MK, "frameworks/leicester.ttl");
        assertThat(onlyRejection(report, MK).problems()).first()
                .satisfies(problem -> assertThat(problem.message()).contains("shapes unusable").contains("shapes.ttl:2"));
        assertThat(service.frameworks().all()).hasSize(3);
    }

    @Test
    void aFileRemovedFromTheFolderIsDroppedFromTheStore() throws Exception {
        java.nio.file.Files.delete(workspace.file(MK));

        LoadReport report = service.load();

        assertThat(report.removed()).containsExactly(MK);
        assertThat(service.frameworks().find("milton-keynes")).isEmpty();
    }

    /** Some line of the output holds {@code message}, and every such line is a warning. */
    private static void assertLoggedAtWarn(CapturedOutput output, String message) {
        assertThat(output.getOut().lines().filter(line -> line.contains(message)))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("WARN").doesNotContain("ERROR"));
    }

    private Rejection onlyRejection(LoadReport report, String file) {
        return assertThat(report.rejected()).filteredOn(r -> r.file().equals(file)).singleElement().actual();
    }

    private java.util.List<String> texts(String framework) {
        return service.framework(framework).competencies().stream()
                .flatMap(c -> c.indicators().stream()).map(Indicator::text).toList();
    }

    private int indicatorCount(String framework) {
        return indicatorCount(service.framework(framework));
    }

    private static int indicatorCount(Framework framework) {
        return framework.competencies().stream().mapToInt(c -> c.indicators().size()).sum();
    }

    private static int lineOf(String content, String text) {
        String before = content.substring(0, content.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
