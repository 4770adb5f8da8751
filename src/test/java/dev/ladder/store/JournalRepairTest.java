package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while appending a transaction to TDB2's journal leaves an entry without its data.
 * Jena alone then refuses to open the database; with {@link JournalRepair} it opens with every
 * committed change (what CrashDurabilityTest met, at random, with a real SIGKILL).
 */
class JournalRepairTest {

    private static final String GRAPH = "urn:test:graph";

    @TempDir
    Path folder;

    @Test
    void aTornLastEntryIsCutOffAndEveryCommittedChangeIsThere() throws IOException {
        Path repaired = folder.resolve("repaired");
        Path untouched = folder.resolve("untouched");
        storeOneTripleAndStop(repaired);
        tearTheJournal(repaired);
        copy(repaired, untouched);

        assertThatThrownBy(() -> triples(untouched)).as("Jena alone cannot open it")
                .hasStackTraceContaining("journal");

        JournalRepair.repair(repaired);

        assertThat(Files.size(journal(repaired))).isZero();
        assertThat(triples(repaired)).isEqualTo(1);
    }

    /**
     * The shape a SIGKILL left in a clean-clone run: a whole entry, then only part of the next one's
     * header. Jena alone says "Partial read of journal file"; the part header is cut and the entry kept.
     */
    @Test
    void aPartHeaderAfterAWholeEntryIsCutOffAndTheEntryKept() throws IOException {
        Path store = folder.resolve("part-header");
        storeOneTripleAndStop(store);
        Path journal = journal(store);
        byte[] whole = entry(24, new byte[24]);
        Files.write(journal, whole, StandardOpenOption.APPEND);
        Files.write(journal, java.util.Arrays.copyOf(entry(8, new byte[0]), 12), StandardOpenOption.APPEND);

        assertThat(JournalRepair.repairJournal(journal)).isEqualTo(12);
        assertThat(Files.size(journal)).isEqualTo(whole.length);
    }

    @Test
    void aJournalWithoutATornEntryIsLeftAsItIs() throws IOException {
        Path store = folder.resolve("clean");
        storeOneTripleAndStop(store);
        Path journal = journal(store);
        Files.write(journal, entry(0, new byte[0]), StandardOpenOption.APPEND);
        Files.write(journal, entry(3, new byte[] {1, 2, 3}), StandardOpenOption.APPEND);
        long size = Files.size(journal);

        assertThat(JournalRepair.repairJournal(journal)).isZero();
        assertThat(Files.size(journal)).isEqualTo(size);
    }

    private static void storeOneTripleAndStop(Path location) {
        Dataset dataset = TDB2Factory.connectDataset(location.toString());
        Model model = ModelFactory.createDefaultModel();
        model.createResource("urn:test:s").addProperty(model.createProperty("urn:test:p"), "o");
        UpdateRequest request = new UpdateRequest();
        request.add(RdfStore.insertData(GRAPH, model));
        RdfStore.over(dataset).update(request);
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static long triples(Path location) {
        Dataset dataset = TDB2Factory.connectDataset(location.toString());
        try {
            return Txn.calculateRead(dataset, () -> dataset.getNamedModel(GRAPH).size());
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** What a kill between writing an entry's header and its data leaves: a header promising 24 bytes. */
    private static void tearTheJournal(Path location) throws IOException {
        byte[] torn = entry(24, new byte[0]);
        Files.write(journal(location), torn, StandardOpenOption.APPEND);
    }

    /** An entry header claiming {@code length} bytes of data, followed by {@code data}. */
    private static byte[] entry(int length, byte[] data) {
        ByteBuffer entry = ByteBuffer.allocate(JournalRepair.HEADER + data.length);
        entry.putInt(length).putInt(0).putInt(1).putInt(0).put(data);
        return entry.array();
    }

    private static Path journal(Path location) {
        return location.resolve("Data-0001").resolve("journal.jrnl");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                if (!source.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                }
            }
        }
    }
}
