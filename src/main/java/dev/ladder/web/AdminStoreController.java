package dev.ladder.web;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ladder.history.StoreAdmin;
import dev.ladder.security.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The store's upkeep, for administrators: its size, compaction now, and a consistent backup. */
@RestController
@Tag(name = "Store", description = "The store's size and compaction, and backups (ADMIN only)")
@PreAuthorize("hasRole('ADMIN')")
class AdminStoreController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final StoreAdmin store;
    private final AuditTrail audit;

    AdminStoreController(StoreAdmin store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Operation(operationId = "getStore", summary = "The embedded store on disk: its size, generation and compactions",
            description = "The service compacts the store by itself when it has grown past"
                    + " ladder.store.compaction.when-larger-than and ladder.store.compaction.growth times its size"
                    + " after the last compaction.")
    @ApiResponse(responseCode = "200", description = "The store's state")
    @ApiResponse(responseCode = "403", description = "Only ADMIN may look after the store")
    @ApiResponse(responseCode = "409", description = "The store is a remote SPARQL store: its server looks after it")
    @GetMapping("/api/admin/store")
    StoreAdmin.State state() {
        return store.state().orElseThrow(RemoteStore::new);
    }

    @Operation(operationId = "compactStore", summary = "Compacts the embedded store now",
            description = "Copies the live data into the next generation and deletes the old one. Reads go on"
                    + " meanwhile; writes wait until it is done. Answers when it is done.")
    @ApiResponse(responseCode = "200", description = "Compacted: the store's state afterwards")
    @ApiResponse(responseCode = "403", description = "Only ADMIN may look after the store")
    @ApiResponse(responseCode = "409", description = "The store is a remote SPARQL store: its server looks after it")
    @PostMapping("/api/admin/store/compaction")
    StoreAdmin.State compact(Principal principal) {
        return store.compactNow(principal == null ? "anonymous" : principal.getName()).orElseThrow(RemoteStore::new);
    }

    @Operation(operationId = "backUpStore", summary = "A consistent backup of the whole store, as gzip-compressed"
            + " N-Quads (.nq.gz)",
            description = "Every graph (frameworks, register, reviews and assessments, audit trail, policy) read in"
                    + " one read transaction while the service goes on. Restore it into an empty folder with"
                    + " 'java -jar ladder.jar restore --input <file> --data-dir <empty folder>' (README, \"Backup"
                    + " and restore\"). Recorded in the audit trail.")
    @ApiResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Only ADMIN may back up the store")
    @GetMapping(value = "/api/admin/store/backup", produces = "application/gzip")
    void backup(HttpServletResponse response) throws IOException {
        String name = "ladder-" + STAMP.format(Instant.now()) + ".nq.gz";
        audit.record("READ", "*", "GET /api/admin/store/backup (" + name + ")");
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        OutputStream out = response.getOutputStream();
        store.backup(out);
        out.flush();
    }

    @ExceptionHandler(RemoteStore.class)
    ProblemDetail remote(RemoteStore e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not an embedded store");
        return problem;
    }

    /** Size and compaction are only the embedded store's. */
    static final class RemoteStore extends RuntimeException {
        RemoteStore() {
            super("The store is a remote SPARQL store (ladder.store.type=remote): its size, compaction and backups"
                    + " of its files are its server's; GET /api/admin/store/backup still writes a snapshot of it");
        }
    }
}
