package dev.ladder.scenario;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.scenario.steps.Meaning;
import dev.ladder.scenario.steps.StepClasses;
import dev.ladder.scenario.steps.StepParameters;
import dev.ladder.scenario.steps.Topic;
import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.Step;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;

/**
 * The glossary of every sentence a scenario may use, generated from the step definitions: their
 * annotations ({@code @Given}/{@code @When}/{@code @Then}, {@link Meaning}, {@link Topic}), with an
 * example from the feature files. The workbench shows it; {@code features/GLOSSARY.md} is its Markdown.
 */
@Component
public class StepGlossary {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w*)}");
    private static final List<String> KEYWORDS = List.of("Given", "When", "Then");

    private final Path featuresDir;
    private final List<Definition> definitions = definitions();

    @Autowired
    StepGlossary(LadderProperties properties) {
        this(properties.featuresDir());
    }

    StepGlossary(Path featuresDir) {
        this.featuresDir = featuresDir;
    }

    /** Every sentence, with examples from the feature files of {@code ladder.features-dir}. */
    public List<StepSentence> sentences() {
        return sentences(Scenarios.read(featuresDir));
    }

    /** Every sentence, with examples from these feature files (a draft's), by path relative to the features folder. */
    public List<StepSentence> sentences(Map<String, String> features) {
        List<PickledStep> steps = steps(features);
        List<StepSentence> sentences = new ArrayList<>();
        for (Definition definition : definitions) {
            String example = steps.stream().filter(s -> definition.matches(s.text())).findFirst()
                    .map(s -> definition.keyword + " " + s.text())
                    .orElse(definition.meaning.example().isBlank() ? null : definition.meaning.example());
            sentences.add(definition.sentence(example));
        }
        return sentences;
    }

    /** The steps of these feature files that match no sentence, or more than one; empty when all is well. */
    public List<UnknownStep> unknownSteps(Map<String, String> features) {
        List<UnknownStep> unknown = new ArrayList<>();
        for (PickledStep step : steps(features)) {
            List<Definition> matching = definitions.stream().filter(d -> d.matches(step.text())).toList();
            if (matching.isEmpty()) {
                unknown.add(new UnknownStep(step.feature(), step.line(), step.text(),
                        "no step matches '" + step.text() + "'; see the glossary (features/GLOSSARY.md)"));
            } else if (matching.size() > 1) {
                unknown.add(new UnknownStep(step.feature(), step.line(), step.text(), "more than one sentence matches '"
                        + step.text() + "': " + matching.stream().map(d -> d.pattern).toList()));
            }
        }
        return unknown.stream().distinct().toList();
    }

    /** The glossary as {@code features/GLOSSARY.md} holds it. */
    public String markdown() {
        StringBuilder md = new StringBuilder("""
                # Step glossary

                Every sentence a scenario in `features/` may use. This file is generated from the step definitions
                (`src/main/java/dev/ladder/scenario/steps/`): do not edit it by hand. `StepGlossaryTest` rewrites it
                when a step changes, and fails when a feature uses a sentence that is not here.

                How to read a sentence: write it after `Given`, `When` or `Then` as shown (`And` and `But` continue
                the step before). Put your value where the sentence has a parameter in braces: `{int}` a whole
                number, `{string}` text in double quotes, `{council}`, `{priority}` and `{verdict}` as listed. Where
                a sentence offers `a/an`, write either word. Name competencies, behaviours and resources exactly
                as the council and the learning catalogue write them.
                """);
        String topic = null;
        for (StepSentence s : sentences()) {
            if (!s.topic().equals(topic)) {
                topic = s.topic();
                md.append("\n## ").append(topic).append('\n');
            }
            md.append("\n### `").append(s.keyword()).append(' ').append(s.sentence()).append("`\n\n").append(s.meaning()).append('\n');
            if (!s.parameters().isEmpty()) {
                md.append("\n| parameter | meaning | accepts |\n|---|---|---|\n");
                s.parameters().forEach(p -> md.append("| `{").append(p.name()).append("}` | ").append(p.meaning())
                        .append(" | ").append(p.accepts()).append(" |\n"));
            }
            if (s.table() != null) {
                md.append("\nTable: ").append(s.table()).append(".\n");
            }
            md.append("\nExample: ").append(s.example() == null ? "none in `features/` yet." : "`" + s.example() + "`").append('\n');
        }
        return md.toString();
    }

    // ------------------------------------------------------------------ reading the step definitions

    private static List<Definition> definitions() {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        StepParameters.types(null).forEach(registry::defineParameterType);
        ExpressionFactory expressions = new ExpressionFactory(registry);
        List<Definition> definitions = new ArrayList<>();
        for (Class<?> steps : StepClasses.ALL) {
            Topic topic = steps.getAnnotation(Topic.class);
            for (Method method : steps.getDeclaredMethods()) {
                StepBackend.keywordAndSentence(method).ifPresent(ks -> {
                    Meaning meaning = method.getAnnotation(Meaning.class);
                    if (meaning == null) {
                        throw new IllegalStateException("The step '" + ks[1] + "' (" + steps.getSimpleName() + "."
                                + method.getName() + ") has no @Meaning for the glossary");
                    }
                    definitions.add(new Definition(topic, ks[0], ks[1], meaning, expressions.createExpression(ks[1])));
                });
            }
        }
        definitions.sort(Comparator.comparingInt((Definition d) -> d.topic.order())
                .thenComparingInt(d -> KEYWORDS.indexOf(d.keyword)).thenComparing(d -> d.pattern));
        return List.copyOf(definitions);
    }

    private record Definition(Topic topic, String keyword, String pattern, Meaning meaning, Expression expression) {

        boolean matches(String text) {
            return expression.match(text) != null;
        }

        StepSentence sentence(String example) {
            List<String> names = new ArrayList<>();
            Matcher parameter = PARAMETER.matcher(pattern);
            while (parameter.find()) {
                names.add(parameter.group(1));
            }
            if (names.size() != meaning.parameters().length) {
                throw new IllegalStateException("The step '" + pattern + "' has " + names.size() + " parameter(s) but its"
                        + " @Meaning explains " + meaning.parameters().length);
            }
            List<StepSentence.Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                parameters.add(new StepSentence.Parameter(names.get(i), meaning.parameters()[i], StepParameters.accepts(names.get(i))));
            }
            return new StepSentence(topic.value(), keyword, pattern, meaning.value(), parameters,
                    meaning.table().isBlank() ? null : meaning.table(), example);
        }
    }

    // ------------------------------------------------------------------ reading the features

    private record PickledStep(String feature, int line, String text) {
    }

    /** Every step of every scenario (each row of examples), in file order; files that are not Gherkin are left out. */
    private static List<PickledStep> steps(Map<String, String> features) {
        FeatureParser parser = new FeatureParser(UUID::randomUUID);
        List<PickledStep> steps = new ArrayList<>();
        new java.util.TreeMap<>(features).forEach((path, text) -> {
            try {
                java.util.Optional<Feature> feature = parser.parseResource(Scenarios.resource(Scenarios.uri(path), text));
                feature.ifPresent(f -> {
                    for (Pickle pickle : f.getPickles()) {
                        for (Step step : pickle.getSteps()) {
                            steps.add(new PickledStep(path, step.getLine(), step.getText()));
                        }
                    }
                });
            } catch (RuntimeException e) {
                // Scenarios.run reports the file as unreadable, with its line
            }
        });
        return steps;
    }
}
