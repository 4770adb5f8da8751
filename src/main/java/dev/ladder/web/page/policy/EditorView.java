package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.List;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;
import dev.ladder.scenario.ScenarioResult;

/**
 * A DRL or feature file of a draft in the text editor, with the latest check's problems (and, for a
 * feature file, its failing scenarios) at their lines: listed above the editor, and marked in it by
 * {@code workbench-editor.js}.
 *
 * @param mode CodeMirror's mode for the file ({@code text/x-java} for DRL, {@code gherkin})
 */
record EditorView(String draftId, String draftHref, String path, String action, String text, String mode,
                  int lines, List<Marker> markers) {

    /** A problem at a line (and column, when known): in brief for the error summary, and in full. */
    record Marker(int line, Integer column, String brief, String text, String id) {
    }

    static EditorView of(Draft draft, String path, String text, CheckReport check) {
        List<Marker> markers = new ArrayList<>();
        if (check != null) {
            check.problems().stream().filter(p -> path.equals(p.file())).forEach(p ->
                    markers.add(new Marker(p.line() == null ? 1 : p.line(), p.column(), p.message(), CheckView.sentence(p),
                            "problem-" + (markers.size() + 1))));
            if (check.scenarios() != null) {
                for (ScenarioResult r : check.scenarios().results()) {
                    if (r.status() == ScenarioResult.Status.FAILED && path.equals(CheckView.featurePath(r.feature()))) {
                        String brief = "scenario \"" + r.name() + "\" (line " + r.line() + ") fails"
                                + (r.failedStep() == null ? "" : " at \"" + r.failedStep() + "\"");
                        markers.add(new Marker(r.failedStepLine() != null ? r.failedStepLine() : r.line(), null, brief,
                                "Scenario \"" + r.name() + "\" (line " + r.line() + ") fails"
                                + (r.failedStep() == null ? "" : " at \"" + r.failedStep() + "\"")
                                + (r.message() == null ? "" : ": " + r.message()), "problem-" + (markers.size() + 1)));
                    }
                }
            }
        }
        String mode = path.endsWith(".feature") ? "gherkin" : path.endsWith(".drl") ? "text/x-java" : "text/plain";
        return new EditorView(draft.id(), "/policy/drafts/" + draft.id(), path, DraftFiles.href(draft.id(), path, null),
                text, mode, (int) text.lines().count(), List.copyOf(markers));
    }
}
