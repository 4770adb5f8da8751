package dev.ladder.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;

/**
 * Drafts on disk, so they survive a restart: {@code <data-dir>/policy-drafts/<id>/draft.properties}
 * (who, when, from which version) and {@code <id>/files/} holding the draft's files under the names
 * the workbench uses (rule files at the top, scenarios under {@code features/}). With a shared (remote)
 * store they are kept in the store instead ({@link DraftGraph}), so every replica sees every draft.
 */
@Component
class DraftStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-f]{12}");

    private final Path folder;
    /** The drafts graph when the store is shared; null with the embedded store. */
    private final DraftGraph shared;

    DraftStore(LadderProperties properties, RdfStore store) {
        this.folder = properties.dataDir().resolve("policy-drafts");
        this.shared = ChangeLog.of(store).active() ? new DraftGraph(store) : null;
    }

    Draft create(String author, String baseVersion, Map<String, byte[]> files) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Draft draft = new Draft(id, author, Instant.now(), baseVersion);
        if (shared != null) {
            shared.create(draft, files);
            return draft;
        }
        Path home = folder.resolve(id);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                PolicyFiles.writeAtomically(home.resolve("files").resolve(file.getKey()), file.getValue());
            }
            Properties about = new Properties();
            about.setProperty("author", author);
            about.setProperty("createdAt", draft.createdAt().toString());
            if (baseVersion != null) {
                about.setProperty("baseVersion", baseVersion);
            }
            try (Writer out = Files.newBufferedWriter(home.resolve("draft.properties.tmp"), StandardCharsets.UTF_8)) {
                about.store(out, "a draft of the policy; its files are in files/");
            }
            // written last: a draft without it (a crash half-way) does not exist
            Files.move(home.resolve("draft.properties.tmp"), home.resolve("draft.properties"),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a draft in " + home, e);
        }
        return draft;
    }

    Optional<Draft> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        if (shared != null) {
            return shared.find(id);
        }
        Properties about = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(id).resolve("draft.properties"), StandardCharsets.UTF_8)) {
            about.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Draft(id, about.getProperty("author"), Instant.parse(about.getProperty("createdAt")),
                about.getProperty("baseVersion")));
    }

    /** Every draft, the newest first. */
    java.util.List<Draft> list() {
        java.util.List<Draft> drafts = new java.util.ArrayList<>();
        if (shared != null) {
            drafts.addAll(shared.list());
        } else if (Files.isDirectory(folder)) {
            try (Stream<Path> homes = Files.list(folder)) {
                for (Path home : homes.filter(Files::isDirectory).toList()) {
                    find(home.getFileName().toString()).ifPresent(drafts::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the drafts in " + folder, e);
            }
        }
        drafts.sort(java.util.Comparator.comparing(Draft::createdAt).reversed().thenComparing(Draft::id));
        return drafts;
    }

    /**
     * Removes a draft and its files. Its {@code draft.properties} goes first: a removal cut short leaves
     * files that belong to no draft, never a draft with half its files.
     *
     * @return whether there was such a draft
     */
    boolean remove(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        if (shared != null) {
            shared.remove(id);
            return true;
        }
        Path home = folder.resolve(id);
        try {
            Files.delete(home.resolve("draft.properties"));
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove draft " + id + " from " + home, e);
        }
        return true;
    }

    /** Every file of the draft, by name. */
    SortedMap<String, byte[]> files(String id) {
        if (shared != null) {
            return shared.files(id);
        }
        Path files = filesOf(id);
        SortedMap<String, byte[]> result = new TreeMap<>();
        if (!Files.isDirectory(files)) {
            return result;
        }
        try (Stream<Path> paths = Files.walk(files)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = files.relativize(file).toString().replace('\\', '/');
                if (!file.getFileName().toString().startsWith(".ladder-")) {
                    result.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    Optional<byte[]> read(String id, String path) {
        if (shared != null) {
            return shared.read(id, path);
        }
        try {
            return Optional.of(Files.readAllBytes(filesOf(id).resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String id, String path, byte[] bytes) {
        if (shared != null) {
            shared.write(id, path, bytes);
            return;
        }
        try {
            PolicyFiles.writeAtomically(filesOf(id).resolve(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path + " of draft " + id, e);
        }
    }

    /** @return whether there was such a file */
    boolean delete(String id, String path) {
        if (shared != null) {
            return shared.delete(id, path);
        }
        try {
            return Files.deleteIfExists(filesOf(id).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path + " of draft " + id, e);
        }
    }

    private Path filesOf(String id) {
        return folder.resolve(id).resolve("files");
    }
}
