package dev.ladder.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Which rule set is in service, and what the latest compilation of {@code rules/} said: a rule set
 * goes into service only when it compiles and passes the checks (names of the ontology, table lint,
 * sample reviews); each problem says where (file, line or table row, column), what, and a hint.
 */
@RestController
@Tag(name = "Rules", description = "The assessment rule set in service")
@ApiResponse(responseCode = "200", description = "The rule set in service and the latest compilation")
@ApiResponse(responseCode = "403", description = "Only ANALYST and ADMIN may see or reload the rules")
class RulesController {

    private final RuleSets ruleSets;

    RulesController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Operation(operationId = "getRulesStatus", summary = "Which rule set is in service, and what its latest compilation said",
            description = "lastAttempt.problems lists why the latest rule set was refused: compile errors, names that "
                    + "the ontology does not have, table lint and failed sample reviews; each with file, line (the "
                    + "row of a table), column, message and a plain-English hint (null when there is none).")
    @GetMapping("/api/rules/status")
    RulesStatus status() {
        return RulesStatus.of(ruleSets);
    }

    /** Compiles {@code rules/} now; the rule set in service changes only if it compiles. */
    @Operation(operationId = "reloadRules", summary = "Compile and check rules/ now; the rule set changes only if it compiles and passes the checks")
    @PostMapping("/api/rules/reload")
    RulesStatus reload() {
        ruleSets.reload();
        return RulesStatus.of(ruleSets);
    }

    /**
     * @param version    content hash of the rule files in service, or null if none has compiled
     * @param lastAttempt the latest compilation, with every problem (file, line, column, message, hint)
     */
    record RulesStatus(String version, java.time.Instant compiledAt, List<String> files, List<String> rules,
                       RuleSets.Attempt lastAttempt) {

        static RulesStatus of(RuleSets ruleSets) {
            RuleSet current = ruleSets.current().orElse(null);
            return current == null
                    ? new RulesStatus(null, null, List.of(), List.of(), ruleSets.lastAttempt())
                    : new RulesStatus(current.version(), current.compiledAt(), current.files(), current.rules(),
                            ruleSets.lastAttempt());
        }
    }
}
