package dev.ladder.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.store.HostileStrings;
import dev.ladder.store.StoresUnderTest;

/**
 * The audit graph's repository fed hostile strings, on TDB2 and on Fuseki over HTTP: a subject is only
 * ever a value to compare with, never part of the query. (A line feed in a subject used to break the
 * query: {@code /api/audit?subject=MK0001%0Ax} answered 500.)
 */
class AuditRepositoryTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";

    @ParameterizedTest
    @MethodSource(STORES)
    void aHostileSubjectMatchesNothingButItself(Store store) {
        AuditRepository audit = new AuditRepository(store.store());
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        Entry mk0001 = new Entry(start, "admin", "READ", "MK0001", "GET /api/employees/MK0001");
        Entry e1 = new Entry(start.plusSeconds(1), "admin", "READ", "E1", "GET /api/employees/E1");
        audit.append(mk0001);
        audit.append(e1);

        for (String subject : HostileStrings.ALL) {
            assertThat(audit.latest(subject, 100)).as("entries about %s", subject).isEmpty();
        }
        assertThat(audit.latest("MK0001", 100)).containsExactly(mk0001);
        assertThat(audit.latest(null, 100)).containsExactly(e1, mk0001);
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void everyHostileValueRoundTripsExactly(Store store) {
        AuditRepository audit = new AuditRepository(store.store());
        Instant start = Instant.parse("2026-05-01T09:00:00.123456Z");
        Entry e1 = new Entry(start, "admin", "READ", "E1", "GET /api/employees/E1");
        audit.append(e1);
        List<Entry> appended = new ArrayList<>();
        for (int i = 0; i < HostileStrings.ALL.size(); i++) {
            String value = HostileStrings.ALL.get(i);
            Entry entry = new Entry(start.plusSeconds(i + 1), value, value, value, value);
            audit.append(entry);
            appended.add(0, entry);
        }

        for (Entry entry : appended) {
            assertThat(audit.latest(entry.subject(), 100)).as("entries about %s", entry.subject())
                    .containsExactly(entry);
        }
        assertThat(audit.latest("E1", 100)).containsExactly(e1);
        assertThat(audit.latest(null, 1000)).hasSize(appended.size() + 1);
        assertThat(audit.latest(null, 3)).containsExactlyElementsOf(appended.subList(0, 3));
    }

    /** The audit page's query: pages that neither repeat nor skip an entry (ties included), and counts. */
    @ParameterizedTest
    @MethodSource(STORES)
    void pagesCoverEveryEntryOnceAndCountsAgree(Store store) {
        AuditRepository audit = new AuditRepository(store.store());
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        List<Entry> mk0001 = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two entries per instant: ties the order must still settle
            Entry entry = new Entry(start.plusSeconds(i / 2), "admin", "READ", "MK0001", "GET /api/employees/MK0001 " + i);
            audit.append(entry);
            mk0001.add(entry);
        }
        audit.append(new Entry(start.plusSeconds(10), "admin", "READ", "E1", "GET /api/employees/E1"));
        audit.append(new Entry(start.plusSeconds(11), "admin", "IMPORT", "*", "POST /api/employees/import (2 people)"));

        assertThat(audit.count(null)).isEqualTo(9);
        assertThat(audit.count("MK0001")).isEqualTo(7);
        assertThat(audit.count("E1")).isEqualTo(1);
        List<Entry> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            paged.addAll(audit.page("MK0001", offset, 3));
        }
        assertThat(paged).containsExactlyInAnyOrderElementsOf(mk0001);
        assertThat(paged).extracting(Entry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(audit.page(null, 0, 2)).extracting(Entry::subject).containsExactly("*", "E1");
        assertThat(audit.page(null, 8, 5)).hasSize(1);
        for (String subject : HostileStrings.ALL) {
            assertThat(audit.count(subject)).as("entries about %s", subject).isZero();
            assertThat(audit.page(subject, 0, 50)).as("entries about %s", subject).isEmpty();
        }
    }

    /**
     * Numbers come from a counter in the store, in the update that inserts the entry: writers on many
     * threads (or replicas) never share a number, and the pages still hold every entry once.
     */
    @ParameterizedTest
    @MethodSource(STORES)
    void concurrentWritersGetNumbersWithoutGapsOrRepeats(Store store) throws Exception {
        AuditRepository audit = new AuditRepository(store.store());
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    audit.appendAll(List.of(
                            new Entry(start, "w" + writer, "READ", "E" + writer, "first of batch " + i),
                            new Entry(start, "w" + writer, "READ", "E" + writer, "second of batch " + i)));
                }
            }));
        }
        for (java.util.concurrent.Future<?> future : done) {
            future.get();
        }
        writers.shutdown();

        assertThat(audit.count(null)).isEqualTo(80);
        List<Entry> all = new ArrayList<>();
        for (int offset = 0; offset < 80; offset += 7) {
            all.addAll(audit.page(null, offset, 7));
        }
        assertThat(all).hasSize(80);
        assertThat(all.stream().map(e -> e.actor() + "/" + e.what()).distinct()).hasSize(80);
        // a batch is numbered in the order given: its second entry comes just before its first, newest first
        for (int i = 0; i < all.size(); i += 2) {
            assertThat(all.get(i).what()).startsWith("second of batch");
            assertThat(all.get(i + 1).what()).isEqualTo(all.get(i).what().replace("second", "first"));
        }
        assertThat(audit.page(null, 80, 7)).isEmpty();
    }

    /**
     * A batch is numbered by one move of the counter: afterwards the counter holds one value, the number
     * of entries, and a time given to the nanosecond is kept to the millisecond.
     */
    @ParameterizedTest
    @MethodSource(STORES)
    void aBatchMovesTheCounterOnceAndKeepsTimesToTheMillisecond(Store store) {
        AuditRepository audit = new AuditRepository(store.store());
        Instant at = Instant.parse("2026-05-01T09:00:00.123456789Z");
        List<Entry> batch = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            batch.add(new Entry(at, "admin", "READ", "E" + (i % 7), "GET /api/employees/E" + (i % 7) + "/assessment"));
        }
        audit.appendAll(batch);
        audit.appendAll(batch.subList(0, 3));

        List<Long> counters = new ArrayList<>();
        store.store().select(org.apache.jena.query.QueryFactory.create(AuditRepository.LAST),
                row -> counters.add(row.getLiteral("last").getLong()));
        assertThat(counters).containsExactly(253L);
        assertThat(audit.count(null)).isEqualTo(253);
        assertThat(audit.page(null, 0, 253)).hasSize(253)
                .extracting(Entry::at).containsOnly(Instant.parse("2026-05-01T09:00:00.123Z"));
    }

    /** A trail written before entries were numbered: numbered once, oldest first, then new entries follow. */
    @ParameterizedTest
    @MethodSource(STORES)
    void oldUnnumberedEntriesAreNumberedOldestFirst(Store store) {
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        org.apache.jena.rdf.model.Model old = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        for (int i = 0; i < 5; i++) {
            // written newest first, so the order of writing cannot stand in for the order of time
            Instant at = start.plusSeconds(4 - i);
            old.createResource("urn:ladder:audit:old-" + i)
                    .addProperty(old.createProperty(AuditRepository.REC, "at"), at.toString(),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)
                    .addProperty(old.createProperty(AuditRepository.REC, "actor"), "admin")
                    .addProperty(old.createProperty(AuditRepository.REC, "action"), "READ")
                    .addProperty(old.createProperty(AuditRepository.REC, "subject"), "MK0001")
                    .addProperty(old.createProperty(AuditRepository.REC, "what"), "old read at " + at);
        }
        org.apache.jena.update.UpdateRequest insert = new org.apache.jena.update.UpdateRequest();
        insert.add(dev.ladder.store.RdfStore.insertData(AuditRepository.GRAPH, old));
        store.store().update(insert);

        AuditRepository audit = new AuditRepository(store.store());
        assertThat(audit.numberOldEntries()).isEqualTo(5);
        assertThat(audit.numberOldEntries()).isZero();
        Entry fresh = new Entry(start.plusSeconds(60), "lnd", "READ", "MK0001", "a new read");
        audit.append(fresh);

        assertThat(audit.count(null)).isEqualTo(6);
        List<Entry> page = audit.page(null, 0, 10);
        assertThat(page).first().isEqualTo(fresh);
        assertThat(page).extracting(Entry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(audit.page("MK0001", 0, 10)).isEqualTo(page);
    }
}
