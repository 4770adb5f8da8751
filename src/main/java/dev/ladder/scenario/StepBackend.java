package dev.ladder.scenario;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ladder.framework.Frameworks;
import dev.ladder.scenario.steps.StepClasses;
import dev.ladder.scenario.steps.StepParameters;
import io.cucumber.core.backend.Backend;
import io.cucumber.core.backend.Glue;
import io.cucumber.core.backend.Lookup;
import io.cucumber.core.backend.ParameterTypeDefinition;
import io.cucumber.core.backend.Snippet;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Hands Cucumber the step definitions of {@link StepClasses} and the parameter types of
 * {@link StepParameters}, read from their annotations. Nothing is scanned on the class path, so it
 * works the same from the packaged jar as from the build.
 */
final class StepBackend implements Backend {

    private final Lookup lookup;
    private final Frameworks frameworks;

    StepBackend(Lookup lookup, Frameworks frameworks) {
        this.lookup = lookup;
        this.frameworks = frameworks;
    }

    /** The sentence of a step method, or empty when the method is no step. */
    static Optional<String> sentence(Method method) {
        return keywordAndSentence(method).map(k -> k[1]);
    }

    /** {keyword, sentence} of a step method. */
    static Optional<String[]> keywordAndSentence(Method method) {
        for (Annotation a : method.getDeclaredAnnotations()) {
            if (a instanceof Given g) {
                return Optional.of(new String[] {"Given", g.value()});
            }
            if (a instanceof When w) {
                return Optional.of(new String[] {"When", w.value()});
            }
            if (a instanceof Then t) {
                return Optional.of(new String[] {"Then", t.value()});
            }
        }
        return Optional.empty();
    }

    @Override
    public void loadGlue(Glue glue, List<URI> gluePaths) {
        for (ParameterType<?> type : StepParameters.types(frameworks)) {
            glue.addParameterType(new ParameterTypeDefinition() {
                @Override
                public ParameterType<?> parameterType() {
                    return type;
                }

                @Override
                public boolean isDefinedAt(StackTraceElement element) {
                    return false;
                }

                @Override
                public String getLocation() {
                    return StepParameters.class.getSimpleName() + "." + type.getName();
                }
            });
        }
        for (Class<?> steps : StepClasses.ALL) {
            for (Method method : steps.getDeclaredMethods()) {
                sentence(method).ifPresent(pattern -> glue.addStepDefinition(new MethodStep(method, pattern, lookup)));
            }
        }
    }

    @Override
    public void buildWorld() {
        // the object factory starts each scenario's world
    }

    @Override
    public void disposeWorld() {
        // and stops it
    }

    @Override
    public Snippet getSnippet() {
        return new Snippet() {
            @Override
            public MessageFormat template() {
                return new MessageFormat("{0} {1}");
            }

            @Override
            public String tableHint() {
                return "";
            }

            @Override
            public String arguments(Map<String, java.lang.reflect.Type> arguments) {
                return String.join(", ", arguments.keySet());
            }

            @Override
            public String escapePattern(String pattern) {
                return pattern;
            }
        };
    }
}
