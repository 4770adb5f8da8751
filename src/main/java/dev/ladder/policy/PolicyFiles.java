package dev.ladder.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.RuleSetCompiler;

/**
 * The files that make up the policy and how they are named everywhere in the workbench: a rule file
 * by its path relative to {@code ladder.rules-dir} ({@code readiness-threshold.drl.csv}), a scenario
 * as {@code features/} + its path relative to {@code ladder.features-dir}. README files are
 * documentation, not policy: they are in no draft, no version and are never written by a publish.
 */
@Component
class PolicyFiles {

    static final String FEATURES = "features/";
    static final String ALLOWED = "a rule file (*.drl, *.drl.csv, *.drl.xlsx) relative to the rules folder,"
            + " or a scenario features/<name>.feature";

    private final Path rulesDir;
    private final Path featuresDir;

    PolicyFiles(LadderProperties properties) {
        this.rulesDir = properties.rulesDir();
        this.featuresDir = properties.featuresDir();
    }

    /**
     * {@code path} as the workbench names it, or {@link InvalidPolicyPath} naming the path and what
     * is allowed: no absolute path, no {@code .} or {@code ..} segment, no backslash, and only rule
     * files and scenarios.
     */
    static String validate(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidPolicyPath(String.valueOf(path), "No file path given; expected " + ALLOWED);
        }
        if (path.startsWith("/") || path.contains("\\") || path.contains(":") || path.contains("\0")) {
            throw new InvalidPolicyPath(path, "File path '" + path + "' must be relative, with '/' between folders;"
                    + " expected " + ALLOWED);
        }
        if (Arrays.stream(path.split("/", -1)).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new InvalidPolicyPath(path, "File path '" + path + "' may not contain '.', '..' or empty"
                    + " segments; expected " + ALLOWED);
        }
        if (Arrays.stream(path.split("/", -1)).anyMatch(s -> s.startsWith("."))
                || path.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidPolicyPath(path, "File path '" + path + "' may not name a hidden file (a name starting"
                    + " with '.') or hold control characters; expected " + ALLOWED);
        }
        boolean feature = path.startsWith(FEATURES);
        if (feature ? !path.endsWith(".feature") : !isRuleFile(path)) {
            throw new InvalidPolicyPath(path, "File '" + path + "' is not part of the policy: expected " + ALLOWED
                    + (path.endsWith(".feature") ? " (scenarios go under features/)" : ""));
        }
        return path;
    }

    static boolean isRuleFile(String path) {
        return path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
    }

    static boolean isFeature(String path) {
        return path.startsWith(FEATURES);
    }

    /** Whether the file is a spreadsheet, which cannot be read or written as text. */
    static boolean isBinary(String path) {
        return path.endsWith(".xlsx");
    }

    /** The policy files in service: the rule files of the rules folder and the scenarios of the features folder. */
    SortedMap<String, byte[]> inService() {
        SortedMap<String, byte[]> files = new TreeMap<>(RuleSetCompiler.readFolder(rulesDir));
        if (Files.isDirectory(featuresDir)) {
            try (Stream<Path> paths = Files.walk(featuresDir)) {
                for (Path file : paths.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".feature")).sorted().toList()) {
                    files.put(FEATURES + featuresDir.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read ladder.features-dir " + featuresDir, e);
            }
        }
        return files;
    }

    /**
     * Makes the folders in service hold exactly {@code files}: each changed file is written to a
     * temporary file beside it and moved over the old one, so nobody (the rules watcher, a reader)
     * ever sees half a file; files the new version no longer has are deleted. README files stay.
     */
    void putInService(Map<String, byte[]> files) {
        SortedMap<String, byte[]> before = inService();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!Arrays.equals(before.get(file.getKey()), file.getValue())) {
                    writeAtomically(location(file.getKey()), file.getValue());
                }
            }
            for (String gone : before.keySet()) {
                if (!files.containsKey(gone)) {
                    Files.deleteIfExists(location(gone));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the policy into " + rulesDir + " and " + featuresDir, e);
        }
    }

    /** Where a file named as in the workbench lives in service. */
    Path location(String path) {
        return isFeature(path) ? featuresDir.resolve(path.substring(FEATURES.length())) : rulesDir.resolve(path);
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".ladder-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
