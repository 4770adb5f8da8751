package org.apache.jena.dboe.base.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.Jena;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ladder's copy of Jena's {@code BinaryDataFileRandomAccess}, with a read-ahead buffer: it is the class
 * TDB2 uses, it reads back exactly what the plain file holds however it is asked, and a truncation or a
 * write never leaves a stale buffer behind, down to a TDB2 transaction that is aborted and followed by
 * another writing different terms where the aborted one had.
 */
class BinaryDataFileRandomAccessTest {

    @TempDir
    Path folder;

    private BinaryDataFileRandomAccess file;

    @BeforeEach
    void open() {
        file = new BinaryDataFileRandomAccess(folder.resolve("nodes.dat").toString());
        file.open();
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void thisCopyIsTheClassInUseAndJenaIsTheReleaseItWasCopiedFrom() {
        String source = BinaryDataFileRandomAccess.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertFalse(source.endsWith(".jar") && source.contains("jena-dboe-base"),
                "Jena's own class was loaded from " + source + ": Ladder's classes must come first on the class path");
        assertEquals("5.6.0", Jena.VERSION, "src/main/java/org/apache/jena/dboe/base/file/BinaryDataFileRandomAccess"
                + ".java is a copy of Jena 5.6.0's class with a read buffer: compare it with this release's class,"
                + " carry the buffer over, and change the version here");
    }

    @Test
    void readsBackWhatWasWrittenWhateverTheSizeAndPlaceOfEachRead() {
        byte[] written = pattern(3 * BinaryDataFileRandomAccess.READ_AHEAD + 123, 7);
        assertEquals(0, file.write(written, 0, written.length));
        for (int at = 0; at < written.length; at++) {
            byte[] one = new byte[1];
            assertEquals(1, file.read(at, one, 0, 1), "a byte at " + at);
            assertEquals(written[at], one[0], "the byte at " + at);
        }
        for (int length : List.of(2, 100, BinaryDataFileRandomAccess.READ_AHEAD, BinaryDataFileRandomAccess.READ_AHEAD + 1,
                written.length)) {
            for (int at : List.of(0, 1, BinaryDataFileRandomAccess.READ_AHEAD - 1, written.length - length)) {
                if (at + length > written.length) {
                    continue;
                }
                assertArrayEquals(Arrays.copyOfRange(written, at, at + length), readFully(at, length),
                        length + " bytes at " + at);
            }
        }
        assertEquals(-1, file.read(written.length, new byte[10], 0, 10), "nothing after the end");
    }

    @Test
    void aReadAfterATruncationAndAWriteSeesTheNewBytes() {
        byte[] first = pattern(200, 1);
        file.write(first, 0, first.length);
        assertArrayEquals(Arrays.copyOfRange(first, 0, 50), readFully(0, 50));
        file.truncate(0);
        byte[] second = pattern(200, 2);
        file.write(second, 0, second.length);
        assertArrayEquals(Arrays.copyOfRange(second, 0, 50), readFully(0, 50));
    }

    @Test
    void aReadAfterAnAppendSeesTheAppendedBytes() {
        byte[] first = pattern(100, 3);
        file.write(first, 0, first.length);
        assertArrayEquals(first, readFully(0, 100));
        byte[] more = pattern(50, 4);
        assertEquals(100, file.write(more, 0, more.length));
        assertArrayEquals(more, readFully(100, 50));
    }

    @Test
    void tdb2ReadsTheTermsOfATransactionWrittenWhereAnAbortedOneHadWritten() {
        Dataset dataset = TDB2Factory.connectDataset(folder.resolve("tdb2").toString());
        Node graph = NodeFactory.createURI("urn:ladder:test");
        Node subject = NodeFactory.createURI("urn:ladder:test:s");
        Node property = NodeFactory.createURI("urn:ladder:test:p");
        Node kept = NodeFactory.createLiteralString("kept " + "k".repeat(300));
        Node aborted = NodeFactory.createLiteralString("aborted " + "a".repeat(300));
        Node later = NodeFactory.createLiteralString("written after the abort " + "w".repeat(300));
        try {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(graph, subject, property, kept));
            assertTrue(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(graph, subject, property, kept)));
            dataset.begin(ReadWrite.WRITE);
            dataset.asDatasetGraph().add(graph, subject, property, aborted);
            // read inside the transaction, as a query in it would, before it is aborted
            assertTrue(dataset.asDatasetGraph().contains(graph, subject, property, aborted));
            assertEquals(2, objects(dataset, graph).size());
            dataset.abort();
            dataset.end();
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(graph, subject, property, later));
            assertEquals(List.of(kept, later), Txn.calculateRead(dataset, () -> objects(dataset, graph)));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
        // opened again, with empty caches: every term is read from the node file
        Dataset reopened = TDB2Factory.connectDataset(folder.resolve("tdb2").toString());
        try {
            assertEquals(List.of(kept, later), Txn.calculateRead(reopened, () -> objects(reopened, graph)));
        } finally {
            TDBInternal.expel(reopened.asDatasetGraph());
        }
    }

    /** The objects in {@code graph}, ordered by their text ("kept" before "written"). */
    private static List<Node> objects(Dataset dataset, Node graph) {
        return Iter.toList(dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY)).stream()
                .map(Quad::getObject).sorted(java.util.Comparator.comparing(Node::getLiteralLexicalForm)).toList();
    }

    /** {@code length} bytes from {@code at}, read the way Thrift reads: until they are all there. */
    private byte[] readFully(long at, int length) {
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            int n = file.read(at + done, bytes, done, length - done);
            assertTrue(n > 0, "read returned " + n + " after " + done + " of " + length + " bytes at " + at);
            done += n;
        }
        return bytes;
    }

    private static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed * 17 + i / 251);
        }
        return bytes;
    }
}
