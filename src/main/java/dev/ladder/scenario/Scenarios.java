package dev.ladder.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.framework.Frameworks;
import dev.ladder.review.ReviewValidator;
import dev.ladder.scenario.steps.ScenarioState;
import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.resource.Resource;
import io.cucumber.core.runtime.Runtime;

/**
 * Runs the policy's Cucumber scenarios against a rule set, in this process, without touching the
 * service: the steps talk to the frameworks, the review validator and the assessor of this process,
 * and assess with the rule set given (a draft, or the one in service). One run at a time.
 */
@Component
public class Scenarios {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Scenarios.class);
    private static final Pattern GHERKIN_PROBLEM = Pattern.compile("\\((\\d+):(\\d+)\\): (.*)");

    private final Frameworks frameworks;
    private final ReviewValidator validator;
    private final Assessor assessor;

    Scenarios(Frameworks frameworks, ReviewValidator validator, Assessor assessor) {
        this.frameworks = frameworks;
        this.validator = validator;
        this.assessor = assessor;
    }

    /**
     * @param features feature files by path relative to the features folder, with their text; paths
     *                 not ending in {@code .feature} (the glossary) are left out
     * @param rules    the rule set to assess with (a draft, or the one in service)
     * @return every scenario's result (one per row of examples), by file and line; a file that is not
     *         Gherkin is one failed result at the line of its first problem
     */
    public synchronized ScenarioReport run(Map<String, String> features, RuleSet rules) {
        long start = System.nanoTime();
        List<ScenarioResult> unreadable = new ArrayList<>();
        List<Feature> parsed = new ArrayList<>();
        Map<URI, String> paths = new HashMap<>();
        FeatureParser parser = new FeatureParser(UUID::randomUUID);
        new TreeMap<>(features).forEach((path, text) -> {
            if (!path.endsWith(".feature")) {
                return;
            }
            URI uri = uri(path);
            paths.put(uri, path);
            try {
                parser.parseResource(resource(uri, text)).ifPresent(parsed::add);
            } catch (RuntimeException e) {
                unreadable.add(unreadable(path, e));
            }
        });
        Set<String> fired = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        ScenarioWorld world = new ScenarioWorld(() -> new ScenarioState(frameworks, validator, assessor, rules, fired::add));
        StepBackend backend = new StepBackend(world, frameworks);
        ResultCollector collector = new ResultCollector(paths);
        RuntimeOptions options = new RuntimeOptionsBuilder().setPublishQuiet(true).setMonochrome().build();
        Runtime.builder()
                .withRuntimeOptions(options)
                .withClassLoader(Scenarios.class::getClassLoader)
                .withBackendSupplier(() -> List.of(backend))
                .withObjectFactorySupplier(() -> world)
                .withFeatureSupplier(() -> parsed)
                .withAdditionalPlugins(collector)
                .build()
                .run();
        List<ScenarioResult> results = new ArrayList<>(unreadable);
        results.addAll(collector.results());
        results.sort(Comparator.comparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line));
        int passed = (int) results.stream().filter(r -> r.status() == ScenarioResult.Status.PASSED).count();
        LOG.info("Scenarios of {} feature file(s) against rule set {}: {} passed, {} failed, in {} ms", paths.size(),
                rules.version(), passed, results.size() - passed, (System.nanoTime() - start) / 1_000_000);
        return new ScenarioReport(passed, results.size() - passed, results, fired);
    }

    /**
     * The {@code *.feature} files under a folder, by path relative to it ('/' separated), with their
     * text; none when there is no such folder.
     */
    public static SortedMap<String, String> read(Path folder) {
        SortedMap<String, String> features = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return features;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature") && Files.isRegularFile(f)).toList()) {
                features.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the features folder " + folder, e);
        }
        return features;
    }

    /** A feature file that is not Gherkin: one failed result naming the line, column and what was expected. */
    private static ScenarioResult unreadable(String path, RuntimeException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse("");
        Matcher problem = GHERKIN_PROBLEM.matcher(message);
        if (problem.find()) {
            int line = Integer.parseInt(problem.group(1));
            return new ScenarioResult(path, "(the file cannot be read as scenarios)", line, ScenarioResult.Status.FAILED,
                    null, "line " + line + ", column " + problem.group(2) + ": " + problem.group(3), line);
        }
        return new ScenarioResult(path, "(the file cannot be read as scenarios)", 0, ScenarioResult.Status.FAILED,
                null, "the file cannot be read as scenarios: " + message, null);
    }

    static URI uri(String path) {
        try {
            return new URI("ladder", null, "/features/" + path, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable feature path: " + path, e);
        }
    }

    static Resource resource(URI uri, String text) {
        return new Resource() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
