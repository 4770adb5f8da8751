package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} on the command line: what they write, what they refuse, and their exit codes. */
class StoreCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void backsUpAStoppedStoreAndRestoresIt() throws Exception {
        Path data = temp.resolve("data");
        Dataset dataset = TDB2Factory.connectDataset(data.toString());
        Quad quad = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("Jo Lewis, \"quoted\" é"));
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(quad));
        TDBInternal.expel(dataset.asDatasetGraph());
        Path backup = temp.resolve("out").resolve("ladder.nq.gz");

        assertThat(run("backup", "--data-dir", data.toString(), "--output=" + backup)).isEqualTo(Cli.OK);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Backed up 1 quads");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("<urn:s> <urn:p> \"Jo Lewis, \\\"quoted\\\" é\" <urn:g> .\n");
        }
        Path restored = temp.resolve("restored");
        assertThat(run("restore", "--input", backup.toString(), "--data-dir", restored.toString())).isEqualTo(Cli.OK);
        Dataset again = TDB2Factory.connectDataset(restored.toString());
        assertThat(Txn.calculateRead(again, () -> again.asDatasetGraph().contains(quad))).isTrue();
        TDBInternal.expel(again.asDatasetGraph());
    }

    @Test
    void refusesWhatItCannotDo() throws Exception {
        assertThat(run("backup", "--data-dir", temp.toString(), "--output", temp.resolve("x.nq.gz").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No TDB2 database in");
        assertThat(Files.exists(temp.resolve("x.nq.gz"))).isFalse();

        assertThat(run("backup", "--data-dir", temp.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing --output");

        Path notGzip = Files.writeString(temp.resolve("plain.nq.gz"), "<urn:s> <urn:p> <urn:o> .\n");
        assertThat(run("restore", "--input", notGzip.toString(), "--data-dir", temp.resolve("new").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gzip-compressed N-Quads").contains("nothing was restored");
        assertThat(temp.resolve("new")).isEmptyDirectory();

        assertThat(run("restore", "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("restore --input");
    }
}
