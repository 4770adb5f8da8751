package dev.ladder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.ladder.assessment.RuleSets;
import dev.ladder.framework.OntologyLoader;

/**
 * Refuses to start without frameworks or rules to serve: {@code ladder.ontology-dir} must hold
 * {@code competency.ttl} and {@code frameworks/*.ttl}, and {@code ladder.rules-dir} rule files. Started
 * from another folder, the relative defaults point nowhere; the service would otherwise come up with
 * nothing to assess against (and generate a demo password for it).
 *
 * <p>A bean factory post-processor runs before any bean is created, so nothing is opened, generated or
 * logged before the check. The refusal is a {@link FailureAnalyzedException}: Spring Boot prints it as
 * "APPLICATION FAILED TO START", with a description and an action, instead of a stack trace. The web
 * service and the command line (a Spring context too) share it.
 */
@Component
class SourceFolders implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(Binder.get(environment).bindOrCreate("ladder", LadderProperties.class));
    }

    /** @throws Unusable naming every unusable folder, its property and where it was looked for */
    static void check(LadderProperties properties) {
        List<String> problems = new ArrayList<>();
        problem("ladder.ontology-dir", properties.ontologyDir(), OntologyLoader::unusableFolder).ifPresent(problems::add);
        problem("ladder.rules-dir", properties.rulesDir(), RuleSets::unusableFolder).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new Unusable(problems);
        }
    }

    private static Optional<String> problem(String property, Path folder, Function<Path, Optional<String>> check) {
        Path absolute = folder.toAbsolutePath().normalize();
        return check.apply(folder).map(why -> property + "=" + folder + " (the folder " + absolute + "): " + why);
    }

    /** The refusal; its message names each property, the absolute folder and what is missing. */
    static final class Unusable extends FailureAnalyzedException {

        Unusable(List<String> problems) {
            super("Ladder cannot start without its frameworks and rules:\n  " + String.join("\n  ", problems),
                    "Start Ladder from the folder that holds ontology/ and rules/ (the repository root), or set "
                            + "ladder.ontology-dir to a folder with competency.ttl and frameworks/*.ttl and "
                            + "ladder.rules-dir to a folder with *.drl, *.drl.csv or *.drl.xlsx files, for example "
                            + "--ladder.ontology-dir=/opt/ladder/ontology --ladder.rules-dir=/opt/ladder/rules.");
        }
    }
}
