package dev.ladder.scenario;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;

/** Listens to one run and keeps, for every scenario, whether it passed and the first step that did not. */
final class ResultCollector implements ConcurrentEventListener {

    private final Map<URI, String> paths;
    private final Map<UUID, String[]> firstFailure = new HashMap<>();
    private final List<ScenarioResult> results = new ArrayList<>();

    /** @param paths each feature's URI in the run and its path relative to the features folder */
    ResultCollector(Map<URI, String> paths) {
        this.paths = paths;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    }

    private synchronized void stepFinished(TestStepFinished event) {
        Status status = event.getResult().getStatus();
        if (status == Status.PASSED || status == Status.SKIPPED || firstFailure.containsKey(event.getTestCase().getId())) {
            return;
        }
        String step = "";
        String line = "";
        if (event.getTestStep() instanceof PickleStepTestStep pickleStep) {
            step = pickleStep.getStep().getKeyword() + pickleStep.getStep().getText();
            line = String.valueOf(pickleStep.getStep().getLine());
            step = step.strip();
        }
        String text = event.getTestStep() instanceof PickleStepTestStep p ? p.getStep().getText() : step;
        firstFailure.put(event.getTestCase().getId(),
                new String[] {step, PlainWords.why(status, text, event.getResult().getError()), line});
    }

    private synchronized void caseFinished(TestCaseFinished event) {
        Result result = event.getResult();
        String feature = paths.getOrDefault(event.getTestCase().getUri(), event.getTestCase().getUri().toString());
        if (result.getStatus() == Status.PASSED) {
            results.add(new ScenarioResult(feature, event.getTestCase().getName(), event.getTestCase().getLine(),
                    ScenarioResult.Status.PASSED, null, null, null));
            return;
        }
        String[] failure = firstFailure.get(event.getTestCase().getId());
        if (failure == null) {
            String why = result.getError() == null ? "the scenario did not run (" + result.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ")"
                    : PlainWords.of(result.getError());
            failure = new String[] {null, why, null};
        }
        results.add(new ScenarioResult(feature, event.getTestCase().getName(), event.getTestCase().getLine(),
                ScenarioResult.Status.FAILED, failure[0], failure[1], failure[2] == null ? null : Integer.valueOf(failure[2])));
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }
}
