package dev.ladder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a torn last entry off TDB2's transaction journals before the database is opened.
 *
 * <p>Why: a commit appends its entries to {@code Data-NNNN/journal.jrnl} (a 28-byte header, then the
 * entry's data) and is acknowledged only after its COMMIT entry is written and synced. A process
 * killed while appending leaves an entry whose header, or its data, is not all there. Jena 5.6's
 * recovery then refuses to open the database ("Failed to read the journal entry data: wanted 24
 * bytes, got -1") instead of ignoring the unfinished transaction, and Ladder could not start after
 * a SIGKILL. Such a tail belongs to a transaction that never committed, so nothing acknowledged is
 * in it; cutting it off is what Jena's own {@code Journal.abortWrite} does for a live abort.
 * Only a tail that runs past the end of the file is cut; anything else is left for Jena to judge.
 */
final class JournalRepair {

    private static final Logger log = LoggerFactory.getLogger(JournalRepair.class);

    /**
     * Journal entry header, as Jena 5.6's {@code Journal} reads it (its {@code HeaderLen}): data length/4,
     * CRC/4, entry type/4, component id/4; the entry's data follows.
     */
    static final int HEADER = 4 + 4 + 4 + 4;

    private JournalRepair() {
    }

    /** Repairs the journal of every {@code Data-*} folder of the TDB2 database at {@code dataDir}. */
    static void repair(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(dataDir)) {
            List<Path> journals = folders.filter(f -> f.getFileName().toString().startsWith("Data-"))
                    .map(f -> f.resolve("journal.jrnl")).filter(Files::isRegularFile).toList();
            for (Path journal : journals) {
                repairJournal(journal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the TDB2 journals in " + dataDir, e);
        }
    }

    /** @return how many bytes were cut off the end of {@code journal} */
    static long repairJournal(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                if (size - position < HEADER) {
                    break;
                }
                header.clear();
                channel.read(header, position);
                // a negative length (Jena writes -1) means an entry without data, such as COMMIT
                long end = position + HEADER + Math.max(0, header.getInt(0));
                if (end > size) {
                    break;
                }
                position = end;
            }
            long cut = size - position;
            if (cut > 0) {
                channel.truncate(position);
                channel.force(true);
                log.warn("TDB2 journal {}: cut off {} bytes of an entry that was never completed (the process stopped "
                        + "while writing a transaction that had not committed); nothing acknowledged was in it",
                        journal.toAbsolutePath(), cut);
            }
            return cut;
        }
    }
}
