package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Level;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read-only API over the frameworks being served. */
@RestController
@RequestMapping("/api/frameworks")
@Tag(name = "Frameworks", description = "The competency frameworks being served")
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @Operation(operationId = "listFrameworks", summary = "The frameworks, without their competencies")
    @GetMapping
    List<FrameworkSummary> list() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    @Operation(operationId = "getFramework", summary = "One framework with its levels and competencies")
    @ApiResponse(responseCode = "200", description = "The framework")
    @ApiResponse(responseCode = "404", description = "No such framework; `detail` lists the known ones")
    @GetMapping("/{id}")
    Framework framework(@PathVariable String id) {
        return find(id);
    }

    /** The competencies and indicators expected at one level (cumulative where the framework is). */
    @Operation(operationId = "getFrameworkLevel", summary = "What one level of a framework expects")
    @ApiResponse(responseCode = "200", description = "The framework, with only what applies at that level")
    @ApiResponse(responseCode = "400", description = "`rank` is not a whole number")
    @ApiResponse(responseCode = "404", description = "No such framework, or no such level in it")
    @Parameter(name = "rank", description = "The level's rank, from 1")
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
