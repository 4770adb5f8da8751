package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code assess} command run in-process, as {@code java -jar ladder.jar assess …} runs it: a real
 * Spring context without a web server, the project's ontology and rules, real files.
 */
class AssessCommandTest {

    private static final String HEADER = "employee_id,framework,level,period,department,ratings,observed\n";

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void assessesEveryRowIntoOneJsonLineEachWithPreviousReviewsFromTheFile() throws IOException {
        Path input = dir.resolve("reviews.csv");
        // the example, plus someone who is in no register: the command line stores nothing and needs none
        Files.writeString(input, Files.readString(Path.of("docs/examples/reviews.csv"))
                + "XX0001,leicester,1,2026,Finance,delivering-outcomes=1,\n");
        Path output = dir.resolve("out/assessments.jsonl");

        int exit = run("assess", "--input", input.toString(), "--output=" + output, "--ladder.data-dir=" + shared);

        assertThat(exit).as(err()).isEqualTo(0);
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(15);
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> assessments = new ArrayList<>();
        for (String line : lines) {
            assessments.add(json.readTree(line));
        }
        assertThat(assessments).allSatisfy(a -> assertThat(a.get("ruleSetVersion").asString()).hasSize(12));
        assertThat(assessments).extracting(a -> a.get("employeeId").asString())
                .startsWith("MK0005", "MK0005", "MK0004").endsWith("XX0001");
        JsonNode first = assessments.get(0);
        assertThat(first.get("period").asString()).isEqualTo("2025");
        assertThat(first.get("redFlags").get(0).get("severity").asString()).isEqualTo("concern");
        JsonNode again = assessments.get(1).get("redFlags").get(0);
        assertThat(again.get("indicator").asString()).isEqualTo("team-player-n01");
        assertThat(again.get("severity").asString()).isEqualTo("serious");
        assertThat(again.get("because").asString()).contains("it was also observed in the previous review (2025)");
        assertThat(assessments.get(14).get("readiness").get("status").asString()).isEqualTo("NOT_READY");

        assertThat(err()).contains("Assessed 15 review(s)", "with rule set " + first.get("ruleSetVersion").asString(),
                "readiness: READY ", "DEVELOPING ", "NOT_READY ", "TOP_LEVEL 3", "red flags: 4 (1 serious, 3 concern)",
                "written to " + output);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aLargeFileIsAssessedOnEveryCoreAndWrittenInTheFilesOrderAsOneByOne() throws IOException {
        // the example once (few rows: assessed one after another on one thread) …
        String example = Files.readString(Path.of("docs/examples/reviews.csv"));
        Path single = dir.resolve("one.csv");
        Files.writeString(single, example);
        Path expected = dir.resolve("one.jsonl");
        assertThat(run("assess", "--input", single.toString(), "--output", expected.toString(),
                "--ladder.data-dir=" + shared)).as(err()).isEqualTo(0);
        List<String> once = Files.readAllLines(expected);
        // … and 20 copies of it, each with its own people (enough rows for the parallel pipeline)
        List<String> rows = example.lines().skip(1).toList();
        StringBuilder many = new StringBuilder(HEADER);
        int copies = 20;
        for (int c = 0; c < copies; c++) {
            for (String row : rows) {
                int comma = row.indexOf(',');
                many.append(row, 0, comma).append("-c").append(c).append(row.substring(comma)).append('\n');
            }
        }
        Path input = dir.resolve("many.csv");
        Files.writeString(input, many);
        Path output = dir.resolve("many.jsonl");

        int exit = run("assess", "--input", input.toString(), "--output", output.toString(),
                "--ladder.data-dir=" + shared);

        assertThat(exit).as(err()).isEqualTo(0);
        assertThat(err()).contains("Assessed " + copies * rows.size() + " review(s)");
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(copies * rows.size());
        JsonMapper json = JsonMapper.builder().build();
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < rows.size(); i++) {
                JsonNode got = json.readTree(lines.get(c * rows.size() + i));
                String id = rows.get(i).substring(0, rows.get(i).indexOf(','));
                assertThat(got.get("employeeId").asString()).isEqualTo(id + "-c" + c);
                String alone = once.get(i).replace("\"employeeId\":\"" + id + "\"",
                        "\"employeeId\":\"" + id + "-c" + c + "\"");
                assertThat(got).as("copy %d, row %d", c, i).isEqualTo(json.readTree(alone));
            }
        }
    }

    @Test
    void anInvalidFileExitsWithOneAndListsTheProblemsByLine() throws IOException {
        Path input = dir.resolve("bad.csv");
        Files.writeString(input, HEADER
                + "MK0005,milton-keynes,1,2026,,customer-focus=3,\n"
                + "MK0005,milton-keynes,1,2025,,customer-focus=x,\n"
                + "MK0004,milton-keynes,2,2026,,,no-such-indicator\n");
        Path output = dir.resolve("assessments.jsonl");

        int exit = run("assess", "--input", input.toString(), "--output", output.toString(),
                "--ladder.data-dir=" + shared);

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("2 problem(s) in " + input + "; nothing was assessed:",
                "  line 3, column 6 (ratings): rating 1 'customer-focus=x': expected a whole number in ASCII digits (0-9)"
                        + " after '=', found 'x'",
                "  line 4, column 7 (observed): unknown indicator 'no-such-indicator' in framework 'milton-keynes'");
        assertThat(output).doesNotExist();
    }

    @Test
    void withoutRulesTheCommandRefusesToStartNamingThePropertyAndTheFolder() throws IOException {
        Path input = dir.resolve("reviews.csv");
        Files.copy(Path.of("docs/examples/reviews.csv"), input);
        Path rules = Files.createDirectories(dir.resolve("no-rules"));
        Path output = dir.resolve("assessments.jsonl");

        int exit = run("assess", "--input", input.toString(), "--output", output.toString(),
                "--ladder.data-dir=" + shared, "--ladder.rules-dir=" + rules);

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("ladder.rules-dir=" + rules + " (the folder " + rules.toAbsolutePath()
                        + "): holds no rule files (*.drl, *.drl.csv, *.drl.xlsx)",
                "Start Ladder from the folder that holds ontology/ and rules/")
                .doesNotContain("holds no competency.ttl", "holds no frameworks", "Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void wrongCommandLinesExitWithTwoAndHelpWithZero() {
        assertThat(run("assess", "--input", "reviews.csv")).isEqualTo(2);
        assertThat(err()).contains("assess needs --input and --output.", "assess --input <reviews.csv>");
        assertThat(run("assess", "--input", dir.resolve("missing.csv").toString(), "--output", "x.jsonl")).isEqualTo(2);
        assertThat(err()).contains("Cannot read --input");
        assertThat(run("assess", "--input", "a.csv", "--output", "b.jsonl", "--frobnicate")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);

        out.reset();
        assertThat(run("assess", "--help")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input", "--output", "Exit code");
        out.reset();
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Commands:", "assess");
    }

    @Test
    void onlyCommandsLeaveTheWebService() {
        assertThat(Cli.isCommand(new String[] {"assess", "--input", "x"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void theProgressBarShowsTheShareDone() {
        assertThat(ProgressBar.render(500, 1000)).isEqualTo("[" + "#".repeat(15) + " ".repeat(15) + "] 500/1000");
        assertThat(ProgressBar.render(1000, 1000)).isEqualTo("[" + "#".repeat(30) + "] 1000/1000");
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        ProgressBar on = new ProgressBar(new PrintStream(bar, true, StandardCharsets.UTF_8), 2, true);
        on.show(1);
        on.show(2);
        on.finish();
        assertThat(bar.toString(StandardCharsets.UTF_8)).startsWith("\r[").endsWith("] 2/2" + System.lineSeparator());
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        ProgressBar off = new ProgressBar(new PrintStream(none, true, StandardCharsets.UTF_8), 2, false);
        off.show(2);
        off.finish();
        assertThat(none.size()).isZero();
    }

    private int run(String... args) {
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
