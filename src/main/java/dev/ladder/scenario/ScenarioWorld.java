package dev.ladder.scenario;

import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.ladder.scenario.steps.ScenarioState;
import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;

/**
 * Cucumber's object factory for one run: for each scenario a fresh {@link ScenarioState} (the
 * in-process services and the rule set under test) and fresh step objects sharing it.
 */
final class ScenarioWorld implements ObjectFactory {

    private final Supplier<ScenarioState> states;
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private ScenarioState state;

    ScenarioWorld(Supplier<ScenarioState> states) {
        this.states = states;
    }

    @Override
    public void start() {
        state = states.get();
        instances.clear();
    }

    @Override
    public void stop() {
        state = null;
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> glueClass) {
        return glueClass.cast(instances.computeIfAbsent(glueClass, this::create));
    }

    private Object create(Class<?> glueClass) {
        try {
            Constructor<?> constructor = glueClass.getDeclaredConstructor(ScenarioState.class);
            constructor.setAccessible(true);
            return constructor.newInstance(state);
        } catch (ReflectiveOperationException e) {
            throw new CucumberBackendException("cannot create the steps " + glueClass.getSimpleName(), e);
        }
    }
}
