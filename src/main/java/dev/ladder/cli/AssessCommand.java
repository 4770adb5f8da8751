package dev.ladder.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;
import dev.ladder.history.Parallel;
import dev.ladder.history.PreviousReviews;
import dev.ladder.history.ReviewCsv;
import dev.ladder.organisation.CsvProblem;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.review.Review;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess --input reviews.csv --output assessments.jsonl}: assesses every review of a reviews
 * CSV file (docs/bulk.md) and writes one assessment per line, without the web server and without
 * storing anything. A review's previous review is the person's latest earlier period in the same
 * file. The file is checked whole first: any bad row rejects it (exit code 1, every problem by line
 * on stderr) and nothing is written. The reviews are assessed on every core and written in the
 * file's order as they are ready.
 */
final class AssessCommand {

    static final String USAGE_TEXT = """
            assess --input <reviews.csv> --output <assessments.jsonl> [--ladder.<setting>=<value> …]

              --input   the reviews, as CSV (docs/bulk.md): employee_id,framework,level,period,department,ratings,observed
              --output  where to write the assessments, one JSON object per line ('-' for standard output)
              --help    print this help
              --ladder.rules-dir=…, --ladder.ontology-dir=… and other Spring Boot settings are passed on.

              Nothing is stored. The database is a temporary one unless --ladder.data-dir is given, and the
              people need not be in the organisation register. Progress and a summary go to standard error.
              Exit code: 0 done, 1 the file was rejected (problems on standard error) or could not be
              assessed, 2 wrong command line.
            """;

    /** How many reviews the assessing threads may run ahead of the one writing the output. */
    private static final int WINDOW = 1_024;

    private final PrintStream out;
    private final PrintStream err;

    AssessCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE_TEXT);
            return Cli.USAGE;
        }
        if (options.help) {
            out.print(USAGE_TEXT);
            return Cli.OK;
        }
        String text;
        try {
            text = Files.readString(options.input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot read --input " + options.input + ": " + e);
            return Cli.USAGE;
        }
        long started = System.nanoTime();
        Path temporary = null;
        List<String> spring = new ArrayList<>(List.of("--ladder.watch-rules=false", "--ladder.demo.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.drools=ERROR",
                // a refusal to start is printed below, once, as description and action
                "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
                "--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR"));
        if (options.stdout) {
            spring.add("--logging.threshold.console=OFF");
        }
        try {
            if (options.spring.stream().noneMatch(a -> a.startsWith("--ladder.data-dir="))) {
                temporary = Files.createTempDirectory("ladder-assess-");
                spring.add("--ladder.data-dir=" + temporary);
            }
            spring.addAll(options.spring);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LadderApplication.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .run(spring.toArray(String[]::new))) {
                long startup = System.nanoTime() - started;
                return assess(context, options, text, startup);
            }
        } catch (IOException e) {
            err.println("Cannot write --output " + options.output + ": " + e);
            return Cli.FAILED;
        } catch (RuntimeException e) {
            // a refusal to start that explains itself (ladder.ontology-dir or ladder.rules-dir unusable, …)
            FailureAnalysis analysis = analysed(e);
            if (analysis == null) {
                throw e;
            }
            err.println(analysis.getDescription());
            err.println(analysis.getAction());
            return Cli.FAILED;
        } finally {
            delete(temporary);
        }
    }

    private static FailureAnalysis analysed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FailureAnalyzedException analysed) {
                return analysed.analysis();
            }
        }
        return null;
    }

    private int assess(ConfigurableApplicationContext context, Options options, String text, long startupNanos)
            throws IOException {
        List<ReviewCsv.Row> rows;
        try {
            rows = context.getBean(ReviewCsv.class).readWithoutRegister(text);
        } catch (InvalidCsv e) {
            err.println(e.problems().size() + " problem(s) in " + options.input + "; nothing was assessed:");
            e.problems().stream().map(CsvProblem::describe).forEach(p -> err.println("  " + p));
            return Cli.FAILED;
        }
        RuleSets ruleSets = context.getBean(RuleSets.class);
        Optional<RuleSet> rules = ruleSets.current();
        if (rules.isEmpty()) {
            err.println("No rule set: the rules in ladder.rules-dir do not compile; nothing was assessed:");
            if (ruleSets.lastAttempt() != null) {
                ruleSets.lastAttempt().problems().forEach(p -> err.println("  " + p.describe()));
            }
            return Cli.FAILED;
        }
        Assessor assessor = context.getBean(Assessor.class);
        JsonMapper json = context.getBeanProvider(JsonMapper.class).getIfAvailable(() -> JsonMapper.builder().build());
        List<Review> reviews = rows.stream().map(ReviewCsv.Row::review).toList();
        List<Optional<Review>> previous = PreviousReviews.within(reviews);
        Summary summary = new Summary();
        ProgressBar bar = new ProgressBar(err, reviews.size(), System.console() != null);
        long started = System.nanoTime();
        int[] written = {0};
        try (Writer writer = writer(options)) {
            // every core assesses (and writes the JSON of) the next reviews while this thread writes them out in order
            Parallel.ordered(reviews.size(), WINDOW, i -> {
                Assessment assessment = assessor.assess(reviews.get(i), previous.get(i));
                return new Line(assessment, json.writeValueAsString(assessment));
            }, line -> {
                try {
                    writer.write(line.json());
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                summary.add(line.assessment());
                bar.show(++written[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            bar.finish();
        }
        long nanos = System.nanoTime() - started;
        summary.print(err, reviews.size(), nanos, startupNanos, rules.get().version(),
                options.stdout ? "standard output" : options.output.toString());
        return Cli.OK;
    }

    /** One assessment and its line of output. */
    private record Line(Assessment assessment, String json) {
    }

    private Writer writer(Options options) throws IOException {
        if (options.stdout) {
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // leave standard output open
                }
            };
        }
        Path parent = options.output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(options.output, StandardCharsets.UTF_8);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** What the run found, for the summary at the end. */
    static final class Summary {

        private final Map<String, Integer> readiness = new LinkedHashMap<>();
        private int redFlags;
        private int serious;
        private int flagged;

        Summary() {
            List.of("READY", "DEVELOPING", "NOT_READY", "TOP_LEVEL").forEach(s -> readiness.put(s, 0));
        }

        void add(Assessment assessment) {
            readiness.merge(assessment.readiness().status(), 1, Integer::sum);
            redFlags += assessment.redFlags().size();
            serious += (int) assessment.redFlags().stream().filter(f -> "serious".equals(f.severity())).count();
            flagged += assessment.redFlags().isEmpty() ? 0 : 1;
        }

        void print(PrintStream err, int reviews, long nanos, long startupNanos, String version, String output) {
            double seconds = nanos / 1e9;
            err.printf("Assessed %d review(s) in %.1f s (%.0f per second; start-up %.1f s) with rule set %s%n",
                    reviews, seconds, seconds == 0 ? 0 : reviews / seconds, startupNanos / 1e9, version);
            StringBuilder statuses = new StringBuilder();
            readiness.forEach((status, count) -> statuses.append(statuses.isEmpty() ? "" : ", ")
                    .append(status).append(' ').append(count));
            err.println("  readiness: " + statuses);
            err.println("  red flags: " + redFlags + " (" + serious + " serious, " + (redFlags - serious)
                    + " concern) in " + flagged + " review(s)");
            err.println("  written to " + output);
        }
    }

    /** The command line: --input, --output (either as "--x value" or "--x=value"), --help, pass-through settings. */
    static final class Options {

        Path input;
        Path output;
        boolean stdout;
        boolean help;
        final List<String> spring = new ArrayList<>();

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--help", "-h" -> options.help = true;
                    case "--input", "--output" -> {
                        String value;
                        if (arg.contains("=")) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        if (value.isBlank()) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        if ("--input".equals(name)) {
                            options.input = Path.of(value);
                        } else if ("-".equals(value)) {
                            options.stdout = true;
                            options.output = Path.of("-");
                        } else {
                            options.output = Path.of(value);
                        }
                    }
                    default -> {
                        if (arg.startsWith("--") && arg.contains("=")) {
                            options.spring.add(arg);
                        } else {
                            throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
                        }
                    }
                }
            }
            if (!options.help && (options.input == null || options.output == null)) {
                throw new IllegalArgumentException("assess needs --input and --output.");
            }
            return options;
        }
    }
}
