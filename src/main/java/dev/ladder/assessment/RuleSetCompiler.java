package dev.ladder.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles the rule files of a folder: DRL ({@code *.drl}) and decision tables ({@code *.drl.csv},
 * {@code *.drl.xlsx}). Each file is written under the source path of the package its rules declare
 * ({@code ladder.rules}); decision tables need their source path and input type set explicitly, or
 * Drools silently compiles them to nothing (../shared/STACK.md, pitfall 1).
 */
public final class RuleSetCompiler {

    static final String PACKAGE_PATH = "src/main/resources/ladder/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.Factory.get();

    /** The compiled rule set, or the problems, each naming file and line. */
    public Result compile(Path folder) {
        if (ruleFiles(folder).isEmpty()) {
            return Result.failed(List.of(new RuleProblem(folder.toString(), null, null,
                    "no rule files (*.drl, *.drl.csv, *.drl.xlsx) in the rules folder")));
        }
        return compile(readFolder(folder));
    }

    /**
     * Compiles rule files held in memory (a draft), keyed by their path relative to the rules folder;
     * files that are not rule files (README.md, …) are left out. The version is the same content hash
     * the folder holding these files would get.
     */
    public Result compile(java.util.Map<String, byte[]> files) {
        java.util.SortedMap<String, byte[]> rulesOnly = new java.util.TreeMap<>();
        files.forEach((name, bytes) -> {
            if (isRuleFile(Path.of(name))) {
                rulesOnly.put(name, bytes);
            }
        });
        if (rulesOnly.isEmpty()) {
            return Result.failed(List.of(new RuleProblem("rules", null, null,
                    "no rule files (*.drl, *.drl.csv, *.drl.xlsx) in the rule set")));
        }
        List<String> names = new ArrayList<>();
        KieFileSystem kfs = kie.newKieFileSystem();
        for (java.util.Map.Entry<String, byte[]> file : rulesOnly.entrySet()) {
            names.add(file.getKey());
            kfs.write(resource(file.getKey(), file.getValue()));
        }
        String version = version(rulesOnly);
        ReleaseId releaseId = kie.newReleaseId("dev.ladder", "rules", version + "-" + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);

        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(RuleSetCompiler::problem).toList();
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            return Result.failed(problems);
        }
        KieContainer container = kie.newKieContainer(releaseId);
        List<String> rules = container.getKieBase().getKiePackages().stream()
                .flatMap((KiePackage p) -> p.getRules().stream()).map(r -> r.getName()).sorted().toList();
        return Result.compiled(new RuleSet(version, Instant.now(), names, rules, container, releaseId,
                container.getKieBase().newKieSessionsPool(1)));
    }

    /**
     * The version rule files get: SHA-256 over each file's name and bytes, in name order, as 12 hex
     * digits. Works it out without compiling; {@code rulesOnly} must hold rule files only.
     */
    public static String version(java.util.SortedMap<String, byte[]> rulesOnly) {
        MessageDigest digest = sha256();
        for (java.util.Map.Entry<String, byte[]> file : rulesOnly.entrySet()) {
            digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** How many compilations this process has started (each gets its own release id). */
    public static long compilations() {
        return BUILDS.get();
    }

    /** Forgets a rule set no longer in use, so repeated reloads do not grow the KieRepository. */
    public void release(RuleSet ruleSet) {
        ruleSet.sessions().shutdown();
        ruleSet.container().dispose();
        kie.getRepository().removeKieModule(ruleSet.releaseId());
    }

    private Resource resource(String name, byte[] bytes) {
        Resource resource = kie.getResources().newByteArrayResource(bytes);
        resource.setSourcePath(PACKAGE_PATH + name);
        if (name.endsWith(".drl")) {
            resource.setResourceType(ResourceType.DRL);
        } else {
            DecisionTableConfiguration table = KnowledgeBuilderFactory.newDecisionTableConfiguration();
            table.setInputType(name.endsWith(".csv") ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
            resource.setResourceType(ResourceType.DTABLE);
            resource.setConfiguration(table);
        }
        return resource;
    }

    private static RuleProblem problem(Message message) {
        String path = message.getPath() == null ? "?" : message.getPath();
        String file = path.startsWith(PACKAGE_PATH) ? path.substring(PACKAGE_PATH.length())
                : path.startsWith("ladder/rules/") ? path.substring("ladder/rules/".length()) : path;
        return new RuleProblem(file, message.getLine() > 0 ? message.getLine() : null,
                message.getColumn() > 0 ? message.getColumn() : null, message.getText().strip());
    }

    /** Every rule file of {@code folder}, keyed by its path relative to the folder ('/' as separator). */
    public static java.util.SortedMap<String, byte[]> readFolder(Path folder) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        for (Path path : ruleFiles(folder)) {
            files.put(folder.relativize(path).toString().replace('\\', '/'), read(path));
        }
        return files;
    }

    static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(RuleSetCompiler::isRuleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ladder.rules-dir " + folder, e);
        }
    }

    static boolean isRuleFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Either a rule set or the reasons there is none. */
    public record Result(RuleSet ruleSet, List<RuleProblem> problems) {

        static Result compiled(RuleSet ruleSet) {
            return new Result(ruleSet, List.of());
        }

        static Result failed(List<RuleProblem> problems) {
            return new Result(null, List.copyOf(problems));
        }

        public boolean ok() {
            return ruleSet != null;
        }
    }
}
