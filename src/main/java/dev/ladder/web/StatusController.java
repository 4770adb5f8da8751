package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.LoadReport;
import dev.ladder.framework.OntologyLoader;

/** What is being served and what the last ontology load accepted or rejected, and why. */
@RestController
class StatusController {

    private final Frameworks frameworks;
    private final OntologyLoader loader;

    StatusController(Frameworks frameworks, OntologyLoader loader) {
        this.frameworks = frameworks;
        this.loader = loader;
    }

    @GetMapping("/api/status")
    Status status() {
        return new Status(frameworks.all().stream().map(Framework::id).toList(), frameworks.lastLoad());
    }

    /** Re-reads ontology/ now: changed files are checked and swapped in, broken ones rejected. */
    @PostMapping("/api/ontology/reload")
    LoadReport reload() {
        return loader.load();
    }

    record Status(List<String> frameworks, LoadReport lastLoad) {
    }
}
