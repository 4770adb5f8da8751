package dev.ladder.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;
import dev.ladder.policy.InvalidPolicyPath;
import dev.ladder.policy.PolicyDrafts;
import dev.ladder.policy.PolicyHistory;
import dev.ladder.policy.PolicyNotFound;
import dev.ladder.policy.PolicyVersion;
import dev.ladder.policy.PublishRefused;
import dev.ladder.scenario.ScenarioResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The policy workbench as an API, so a council can script its policy: drafts of {@code rules/} and
 * {@code features/}, checking them, publishing one (a commit of the policy history, then in service),
 * the history with each version's diff, and rolling back.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
@Tag(name = "Policy", description = "Drafts of the policy (rules and scenarios), their checks, publishing, history and roll back")
@ApiResponse(responseCode = "403", description = "Only ANALYST and ADMIN may work on the policy")
class PolicyController {

    private static final String XLSX = PolicyDrafts.XLSX;
    private static final String FILE_PATH = "A rule file relative to the rules folder (readiness-threshold.drl.csv)"
            + " or a scenario under features/ (features/assessment-readiness.feature); '/' written as is, not encoded";

    private final PolicyDrafts drafts;
    private final PolicyHistory history;

    PolicyController(PolicyDrafts drafts, PolicyHistory history) {
        this.drafts = drafts;
        this.history = history;
    }

    @Operation(operationId = "createPolicyDraft", summary = "Start a draft from the policy in service (its rule files and scenarios)")
    @ApiResponse(responseCode = "201", description = "The new draft",
            headers = @Header(name = "Location", description = "The draft: /api/policy/drafts/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @PostMapping("/api/policy/drafts")
    ResponseEntity<DraftView> create(Principal principal) {
        Draft draft = drafts.create(principal.getName());
        return ResponseEntity.created(URI.create("/api/policy/drafts/" + draft.id())).body(DraftView.of(draft, drafts));
    }

    @Operation(operationId = "listPolicyDrafts", summary = "Every draft not yet published or discarded, the newest first")
    @ApiResponse(responseCode = "200", description = "The drafts: who started each, when, and from which rule set")
    @GetMapping("/api/policy/drafts")
    List<Draft> drafts() {
        return drafts.list();
    }

    @Operation(operationId = "discardPolicyDraft", summary = "Throw a draft away; the policy in service is not touched")
    @ApiResponse(responseCode = "204", description = "Discarded")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @DeleteMapping("/api/policy/drafts/{id}")
    ResponseEntity<Void> discard(@PathVariable String id) {
        drafts.discard(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getPolicyDraft", summary = "A draft: who started it, when, from which rule set, and its files")
    @ApiResponse(responseCode = "200", description = "The draft and its file paths")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @GetMapping("/api/policy/drafts/{id}")
    DraftView draft(@PathVariable String id) {
        return DraftView.of(drafts.find(id).orElseThrow(() -> new NotFound("No policy draft '" + id + "'")),
                drafts);
    }

    @Operation(operationId = "getPolicyDraftFile", summary = "A file of a draft: text, or an Excel workbook for a *.drl.xlsx table")
    @ApiResponse(responseCode = "200", description = "The file's text, or the workbook's bytes", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "The path is not a policy file (it names the path and what is allowed)")
    @ApiResponse(responseCode = "404", description = "No such draft, or no such file in it")
    @GetMapping(path = "/api/policy/drafts/{id}/files/{*path}", produces = {MediaType.TEXT_PLAIN_VALUE, XLSX})
    ResponseEntity<?> file(@PathVariable String id, @Parameter(description = FILE_PATH) @PathVariable String path) {
        String name = relative(path);
        if (name.endsWith(".xlsx")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX)).body(drafts.readBytes(id, name));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(drafts.read(id, name));
    }

    @Operation(operationId = "putPolicyDraftFile", summary = "Write (create or replace) a file of a draft; the service is not touched",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "204", description = "Written")
    @ApiResponse(responseCode = "400", description = "The path is not a policy file (it names the path and what is allowed)")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @PutMapping(path = "/api/policy/drafts/{id}/files/{*path}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> write(@PathVariable String id, @Parameter(description = FILE_PATH) @PathVariable String path,
                               @RequestBody(required = false) String text) {
        drafts.write(id, relative(path), text == null ? "" : text);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "putPolicyDraftWorkbook", summary = "Write (create or replace) a spreadsheet decision table"
            + " (*.drl.xlsx) of a draft, as saved by a spreadsheet program; the service is not touched",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "204", description = "Written")
    @ApiResponse(responseCode = "400", description = "The path is not a *.drl.xlsx policy file, or the body is not an Excel"
            + " workbook (it says what it is instead)")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @PutMapping(path = "/api/policy/drafts/{id}/files/{*path}", consumes = XLSX)
    ResponseEntity<Void> writeWorkbook(@PathVariable String id,
                                       @Parameter(description = FILE_PATH) @PathVariable String path,
                                       @RequestBody(required = false) byte[] workbook) {
        drafts.writeSpreadsheet(id, relative(path), workbook == null ? new byte[0] : workbook);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "deletePolicyDraftFile", summary = "Remove a file from a draft (publishing the draft removes it from service)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", description = "The path is not a policy file")
    @ApiResponse(responseCode = "404", description = "No such draft, or no such file in it")
    @DeleteMapping("/api/policy/drafts/{id}/files/{*path}")
    ResponseEntity<Void> delete(@PathVariable String id, @Parameter(description = FILE_PATH) @PathVariable String path) {
        drafts.delete(id, relative(path));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "checkPolicyDraft", summary = "Check a draft: compile and check its rules, run every scenario against"
            + " them (apart from the service), and list the rules no scenario makes fire")
    @ApiResponse(responseCode = "200", description = "What the check found; scenarios is null when the rules did not compile")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @PostMapping("/api/policy/drafts/{id}/check")
    CheckReport check(@PathVariable String id) {
        return drafts.check(id);
    }

    @Operation(operationId = "publishPolicyDraft", summary = "Publish a draft that passes its check: a new version in the policy"
            + " history (you as author, your reason as message), its files in rules/ and features/, in service at once;"
            + " the draft is then removed (a refused draft is kept)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true))
    @ApiResponse(responseCode = "201", description = "Published and in service")
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "404", description = "No such draft")
    @ApiResponse(responseCode = "422", description = "The draft does not pass its check: the problems and failing scenarios;"
            + " nothing was published")
    @PostMapping(path = "/api/policy/drafts/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Published> publish(@PathVariable String id, @RequestBody(required = false) PublishRequest body,
                                      Principal principal) {
        String reason = required("reason", body == null ? null : body.reason(),
                "say why this version is published (it is recorded as the version's message)");
        if (drafts.find(id).isEmpty()) {
            throw new NotFound("No policy draft '" + id + "'");
        }
        return created(drafts.publish(id, reason, principal.getName()));
    }

    @Operation(operationId = "getPolicyHistory", summary = "Every published version of the policy, newest first")
    @ApiResponse(responseCode = "200", description = "Who published each version, when and why")
    @GetMapping("/api/policy/history")
    List<PolicyVersion> versions() {
        return history.versions();
    }

    @Operation(operationId = "getPolicyVersionDiff", summary = "What a version changed: its unified diff against the version before it")
    @ApiResponse(responseCode = "200", description = "The unified diff (git format)")
    @ApiResponse(responseCode = "404", description = "No such version")
    @GetMapping(path = "/api/policy/history/{version}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    String diff(@PathVariable String version) {
        return history.diff(version);
    }

    @Operation(operationId = "rollBackPolicy", summary = "Publish an earlier version again, through the same checks as a draft",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true))
    @ApiResponse(responseCode = "201", description = "The earlier version's files, published as a new version and in service")
    @ApiResponse(responseCode = "400", description = "No version or no reason given")
    @ApiResponse(responseCode = "404", description = "No such version")
    @ApiResponse(responseCode = "422", description = "That version does not pass today's checks; nothing was published")
    @PostMapping(path = "/api/policy/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Published> rollback(@RequestBody(required = false) RollbackRequest body, Principal principal) {
        String version = required("version", body == null ? null : body.version(),
                "the version to roll back to, as GET /api/policy/history lists it");
        String reason = required("reason", body.reason(), "say why the policy is rolled back");
        return created(history.rollback(version, reason, principal.getName()));
    }

    @ExceptionHandler(PublishRefused.class)
    ResponseEntity<ProblemDetail> refused(PublishRefused e) {
        CheckReport report = e.report();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Not published: the policy does not pass its check");
        problem.setProperty("problems", report.problems());
        problem.setProperty("failedScenarios", report.scenarios() == null ? List.of()
                : report.scenarios().results().stream().filter(r -> r.status() == ScenarioResult.Status.FAILED).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(InvalidPolicyPath.class)
    ResponseEntity<ProblemDetail> invalidPath(InvalidPolicyPath e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(e.title());
        problem.setProperty("path", e.path());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(PolicyNotFound.class)
    ResponseEntity<ProblemDetail> notFound(PolicyNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(MissingField.class)
    ResponseEntity<ProblemDetail> missingField(MissingField e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("path", "$." + e.field);
        problem.setProperty("problems", List.of(Map.of("path", "$." + e.field, "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Published> created(PolicyVersion version) {
        return ResponseEntity.created(URI.create("/api/policy/history/" + version.version() + "/diff"))
                .body(new Published(version.version(), version.ruleSetVersion(), version.author(), version.at(),
                        version.reason()));
    }

    private static String required(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new MissingField(field, "'" + field + "' is required and must not be blank: " + what);
        }
        return value.strip();
    }

    /** The captured rest of the address ({@code /features/x.feature}) as a policy path. */
    private static String relative(String captured) {
        return captured.startsWith("/") ? captured.substring(1) : captured;
    }

    /** A draft, and the paths of its files. */
    record DraftView(String id, String author, Instant createdAt,
                     @Schema(description = "The version of the rule set in service when the draft was started")
                     String baseVersion, List<String> files) {

        static DraftView of(Draft draft, PolicyDrafts drafts) {
            return new DraftView(draft.id(), draft.author(), draft.createdAt(), draft.baseVersion(),
                    drafts.files(draft.id()));
        }
    }

    /** @param reason why this version is published; recorded as the commit message */
    record PublishRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    record RollbackRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String version,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    /**
     * @param version        the new version of the policy history (a commit id)
     * @param ruleSetVersion the rule set it put into service (as {@code GET /api/rules/status} now shows)
     */
    record Published(String version, String ruleSetVersion, String author, Instant at, String reason) {
    }

    private static final class MissingField extends RuntimeException {

        private final String field;

        MissingField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
