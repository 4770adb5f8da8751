package dev.ladder.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Backups of the store as compressed N-Quads ({@code .nq.gz}), and their restore into an empty folder.
 *
 * <p>A backup is one query of every quad of every graph (the default graph too), which the store answers
 * in one read transaction: a consistent snapshot, taken while the service goes on writing. A restore
 * loads such a file into a new TDB2 database with Jena's bulk loader; it refuses a folder that holds
 * anything, so it can never mix a backup into live data.
 */
public final class StoreBackup {

    /** Constant text: every quad, named graphs and the default graph, in one query. */
    private static final Query EVERY_QUAD = QueryFactory.create(
            "SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }");
    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private StoreBackup() {
    }

    /** What a backup wrote. */
    public record Written(long quads, long bytes, long millis) {
    }

    /** What a restore loaded. */
    public record Restored(long quads, long millis) {
    }

    /** A restore that cannot go ahead: the folder is not empty, or the file is not a readable snapshot. */
    public static final class Refused extends RuntimeException {
        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes every quad of {@code store} to {@code out} as gzip-compressed N-Quads, read in one read
     * transaction. {@code out} is finished (the gzip trailer written) but not closed.
     */
    public static Written write(RdfStore store, OutputStream out) {
        long start = System.nanoTime();
        CountingStream counted = new CountingStream(out);
        long[] quads = {0};
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(new NotClosing(counted), 1 << 16);
            BufferedOutputStream buffered = new BufferedOutputStream(gzip, 1 << 16);
            StreamRDF writer = StreamRDFWriter.getWriterStream(buffered, RDFFormat.NQUADS);
            writer.start();
            store.select(EVERY_QUAD, row -> {
                Quad quad = Quad.create(row.contains("g") ? row.get("g").asNode() : Quad.defaultGraphIRI,
                        row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode());
                writer.quad(quad);
                quads[0]++;
            });
            writer.finish();
            buffered.flush();
            gzip.finish();
            gzip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup", e);
        }
        return new Written(quads[0], counted.count, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Backs up the TDB2 database in {@code dataDir} (which no running service may have open) to
     * {@code output}, written first under a temporary name so that a failed backup leaves no file that
     * looks whole.
     */
    public static Written backupFolder(Path dataDir, Path output) {
        if (Tdb2Folder.generations(dataDir).isEmpty()) {
            throw new Refused("No TDB2 database in " + dataDir + " (no Data-NNNN folder): nothing to back up", null);
        }
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        Dataset dataset = open(dataDir);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Written written;
            try (OutputStream file = Files.newOutputStream(partial)) {
                written = write(RdfStore.over(dataset), file);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        } finally {
            dataset.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // left behind; its name says what it is
            }
        }
    }

    /**
     * Loads the snapshot {@code input} into a new TDB2 database in {@code dataDir}, which must be missing
     * or an empty folder. On failure the folder is left empty again.
     */
    public static Restored restore(Path input, Path dataDir) {
        if (!Files.isRegularFile(input)) {
            throw new Refused("No backup file " + input, null);
        }
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new Refused(dataDir + " is a file, not a folder: restore into a new, empty folder", null);
        }
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new Refused("The folder " + dataDir.toAbsolutePath() + " is not empty: restore loads a backup"
                            + " only into a new, empty folder (point ladder.data-dir at it afterwards), never over"
                            + " existing data", null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + dataDir, e);
            }
        }
        long start = System.nanoTime();
        Dataset dataset = Tdb2Folder.open(dataDir);
        boolean done = false;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(input), 1 << 16), 1 << 16)) {
            DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), QUIET);
            loader.startBulk();
            try {
                loader.loadFromInputStream(input.toString(), in, Lang.NQUADS);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            done = true;
            return new Restored(loader.countQuads() + loader.countTriples(), (System.nanoTime() - start) / 1_000_000);
        } catch (RiotException e) {
            throw new Refused("The backup " + input + " is not valid N-Quads: " + e.getMessage()
                    + "; nothing was restored", e);
        } catch (IOException e) {
            throw new Refused("Cannot read the backup " + input + " as gzip-compressed N-Quads (.nq.gz): " + e
                    + "; nothing was restored", e);
        } finally {
            dataset.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
            if (!done) {
                emptyFolder(dataDir);
            }
        }
    }

    /** Opens an existing folder for a backup; a folder open in a running service is refused with what to do. */
    private static Dataset open(Path dataDir) {
        try {
            return Tdb2Folder.open(dataDir);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new Refused("The TDB2 database in " + dataDir + " is in use by a running process ("
                        + e.getMessage() + "): back a running service up with GET /api/admin/store/backup", e);
            }
            throw e;
        }
    }

    private static void emptyFolder(Path dataDir) {
        try (Stream<Path> entries = Files.list(dataDir)) {
            for (Path entry : entries.toList()) {
                Tdb2Folder.FolderBytes.deleteTree(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            // the caller's error says what failed; a half-loaded folder is named in it
        }
    }

    /** Counts the bytes going through. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Leaves the caller's stream open. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
