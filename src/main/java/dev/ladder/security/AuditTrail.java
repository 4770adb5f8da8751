package dev.ladder.security;

import java.time.Instant;
import java.util.List;

import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

import dev.ladder.security.audit.AuditRepository;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;

/**
 * Who read or changed whose data, when. Append-only: entries are only ever inserted into
 * {@value #GRAPH}, each numbered in the order written (only the trail's counter moves on); nothing in
 * Ladder updates or deletes them, erasure included.
 */
@Component
public class AuditTrail implements org.springframework.beans.factory.DisposableBean {

    static final String GRAPH = AuditRepository.GRAPH;
    static final String READ = "READ";

    private final AuditRepository repository;
    private final ReadBatcher reads;
    private final CurrentUsers users;

    AuditTrail(RdfStore store, GroupCommit commits, CurrentUsers users,
               @org.springframework.beans.factory.annotation.Value("${ladder.audit.read-batch-millis:"
                       + ReadBatcher.INTERVAL_MILLIS + "}") long readBatchMillis) {
        this.repository = new AuditRepository(store);
        int numbered = repository.numberOldEntries();
        if (numbered > 0) {
            org.slf4j.LoggerFactory.getLogger(AuditTrail.class)
                    .info("Numbered {} audit entries written before entries were numbered", numbered);
        }
        this.users = users;
        this.reads = new ReadBatcher(repository, commits, readBatchMillis);
    }

    /**
     * @param action  READ, SUBMIT, IMPORT, ERASE…
     * @param subject the employee whose data it was, or "*" for many
     * @param what    the request, e.g. "GET /api/employees/E1/assessment"
     */
    public void record(String action, String subject, String what) {
        write(List.of(new Entry(Instant.now(), users.current().username(), action, subject, what)));
    }

    /**
     * The entry of a change as an update to run in the transaction that makes the change, rather than in
     * one of its own: e.g. {@code reviews.submit(review, by, audit.recording("SUBMIT", id, what))}, so
     * the review and its entry are stored together or not at all (and share the review's group commit).
     * Nothing is written until the caller runs it.
     */
    public UpdateRequest recording(String action, String subject, String what) {
        return repository.appending(List.of(new Entry(Instant.now(), users.current().username(), action, subject, what)));
    }

    /** One entry per subject, all written in one transaction (a page showing several people). */
    public void recordAll(String action, java.util.Collection<String> subjects, String what) {
        String actor = users.current().username();
        Instant at = Instant.now();
        write(subjects.stream().map(s -> new Entry(at, actor, action, s, what)).toList());
    }

    /**
     * A change (SUBMIT, IMPORT, ERASE) is written before the request answers. A read is queued and
     * written with the other reads of the last second ({@code ladder.audit.read-batch-millis}) in one
     * transaction, so a read never waits for the store's single writer; see {@link ReadBatcher}.
     */
    private void write(List<Entry> entries) {
        if (entries.stream().allMatch(e -> READ.equals(e.action()))) {
            reads.add(entries);
        } else {
            repository.appendAll(entries);
        }
    }

    /** The latest entries first, optionally only those about one person. */
    public List<Entry> entries(String subject, int limit) {
        reads.flush();
        return repository.latest(subject, limit);
    }

    /** One page of the trail, latest first (the audit page): {@code limit} entries after {@code offset}. */
    public List<Entry> page(String subject, long offset, int limit) {
        reads.flush();
        return repository.page(subject, offset, limit);
    }

    /** Writes the reads still queued, before the store closes. */
    @Override
    public void destroy() {
        reads.close();
    }

    /** How many entries there are, or how many about {@code subject} unless it is null. */
    public long count(String subject) {
        reads.flush();
        return repository.count(subject);
    }

    /**
     * One entry. Its time is kept to the millisecond: a TDB2 store holds such a time inside the index
     * entry itself, where a time to the nanosecond is a new node of its own, written for every entry
     * (the order of the trail is its sequence number, not its time).
     */
    public record Entry(Instant at, String actor, String action, String subject, String what) {

        public Entry {
            at = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
    }
}
