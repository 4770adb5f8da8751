package dev.ladder.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.CucumberInvocationTargetException;
import io.cucumber.core.backend.Lookup;
import io.cucumber.core.backend.ParameterInfo;
import io.cucumber.core.backend.StepDefinition;
import io.cucumber.core.backend.TypeResolver;

/** One annotated step method, as Cucumber's runner sees a step definition. */
record MethodStep(Method method, String pattern, Lookup lookup) implements StepDefinition {

    MethodStep {
        method.setAccessible(true);
    }

    @Override
    public void execute(Object[] args) {
        Object steps = lookup.getInstance(method.getDeclaringClass());
        try {
            method.invoke(steps, args);
        } catch (InvocationTargetException e) {
            throw new CucumberInvocationTargetException(this, e);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new CucumberBackendException("cannot run the step " + pattern, e);
        }
    }

    @Override
    public List<ParameterInfo> parameterInfos() {
        return Arrays.stream(method.getGenericParameterTypes()).map(Parameter::new).map(ParameterInfo.class::cast).toList();
    }

    @Override
    public String getPattern() {
        return pattern;
    }

    @Override
    public boolean isDefinedAt(StackTraceElement element) {
        return element.getClassName().equals(method.getDeclaringClass().getName())
                && element.getMethodName().equals(method.getName());
    }

    @Override
    public String getLocation() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private record Parameter(Type type) implements ParameterInfo {
        @Override
        public Type getType() {
            return type;
        }

        @Override
        public boolean isTransposed() {
            return false;
        }

        @Override
        public TypeResolver getTypeResolver() {
            return () -> type;
        }
    }
}
