package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's node caches are sized by {@code ladder.store.node-cache}, in entries. */
class Tdb2FolderTest {

    @Test
    void aStoreWithNodeCachesFarSmallerThanItsNodesStillReadsBackEveryValue(@TempDir Path dir) {
        Dataset dataset = Tdb2Folder.open(dir.resolve("db"), 4);
        try {
            dataset.executeWrite(() -> {
                Model model = dataset.getDefaultModel();
                Property text = model.createProperty("urn:test:text");
                for (int i = 0; i < 200; i++) {
                    model.createResource("urn:test:r" + i).addProperty(text, "value " + i + " ".repeat(i));
                }
            });
            dataset.begin(ReadWrite.READ);
            try {
                List<String> read = new ArrayList<>();
                Property text = dataset.getDefaultModel().createProperty("urn:test:text");
                for (int i = 0; i < 200; i++) {
                    Resource r = dataset.getDefaultModel().createResource("urn:test:r" + i);
                    Statement s = r.getProperty(text);
                    read.add(s == null ? null : s.getString());
                }
                for (int i = 0; i < 200; i++) {
                    assertThat(read.get(i)).isEqualTo("value " + i + " ".repeat(i));
                }
            } finally {
                dataset.end();
            }
        } finally {
            dataset.close();
        }
    }

    @Test
    void aNodeCacheOfNoEntriesIsRefusedNamingTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> Tdb2Folder.open(dir.resolve("db"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ladder.store.node-cache").hasMessageContaining("got 0");
    }
}
