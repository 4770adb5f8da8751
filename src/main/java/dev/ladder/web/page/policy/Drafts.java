package dev.ladder.web.page.policy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;
import dev.ladder.policy.PolicyDrafts;
import dev.ladder.web.NotFound;

/**
 * The workbench pages' door to drafts: a draft by id or a "not found" page, and the latest check of
 * each draft (so its files can show their problems at the lines they name, until the next check).
 */
@Component
class Drafts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    private final PolicyDrafts drafts;
    private final Map<String, CheckReport> lastChecks = new ConcurrentHashMap<>();

    Drafts(PolicyDrafts drafts) {
        this.drafts = drafts;
    }

    Draft find(String id) {
        return drafts.find(id).orElseThrow(() -> NotFound.of("No draft '" + id + "': it may have been published"
                + " or discarded. Start a new one from the policy page."));
    }

    PolicyDrafts service() {
        return drafts;
    }

    void checked(String id, CheckReport report) {
        lastChecks.put(id, report);
    }

    /** The latest check of the draft, unless a file was saved since. */
    Optional<CheckReport> lastCheck(String id) {
        return Optional.ofNullable(lastChecks.get(id));
    }

    void changed(String id) {
        lastChecks.remove(id);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
