package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Level;

/** Read-only API over the frameworks being served. */
@RestController
@RequestMapping("/api/frameworks")
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    List<FrameworkSummary> list() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    @GetMapping("/{id}")
    Framework framework(@PathVariable String id) {
        return find(id);
    }

    /** The competencies and indicators expected at one level (cumulative where the framework is). */
    @GetMapping("/{id}/levels/{rank}")
    Framework level(@PathVariable String id, @PathVariable int rank) {
        Framework framework = find(id);
        framework.level(rank).orElseThrow(() -> new NotFound(
                "Framework '" + id + "' has no level " + rank + "; its levels are "
                        + framework.levels().stream().map(Level::rank).toList()));
        return framework.expectedAt(rank);
    }

    private Framework find(String id) {
        return frameworks.find(id).orElseThrow(() -> new NotFound(
                "No framework with id '" + id + "'; known frameworks are "
                        + frameworks.all().stream().map(Framework::id).toList()));
    }

    /** A framework without its competencies, for the list. */
    record FrameworkSummary(String id, String title, String council, List<Level> levels) {
        static FrameworkSummary of(Framework framework) {
            return new FrameworkSummary(framework.id(), framework.title(), framework.council(), framework.levels());
        }
    }
}
