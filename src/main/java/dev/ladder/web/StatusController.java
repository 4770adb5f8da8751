package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.LoadReport;
import dev.ladder.framework.OntologyLoader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What is being served and what the last ontology load accepted or rejected, and why. */
@RestController
@Tag(name = "Frameworks")
class StatusController {

    private final Frameworks frameworks;
    private final OntologyLoader loader;

    StatusController(Frameworks frameworks, OntologyLoader loader) {
        this.frameworks = frameworks;
        this.loader = loader;
    }

    @Operation(operationId = "getStatus", summary = "The frameworks served and what the last ontology load said")
    @GetMapping("/api/status")
    Status status() {
        return new Status(frameworks.all().stream().map(Framework::id).toList(), frameworks.lastLoad());
    }

    /** Re-reads ontology/ now: changed files are checked and swapped in, broken ones rejected. */
    @Operation(operationId = "reloadOntology", summary = "Re-read ontology/ now and answer with the load's report")
    @ApiResponse(responseCode = "200", description = "What was loaded, unchanged, removed and rejected, and why")
    @ApiResponse(responseCode = "403", description = "Only ANALYST and ADMIN may reload the ontology")
    @PostMapping("/api/ontology/reload")
    LoadReport reload() {
        return loader.load();
    }

    record Status(List<String> frameworks, LoadReport lastLoad) {
    }
}
