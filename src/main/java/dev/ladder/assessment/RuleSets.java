package dev.ladder.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;

/**
 * The rule set in service. {@link #reload()} compiles {@code rules/} and swaps the result in
 * atomically; a rule set that does not compile leaves the running one in place and is reported
 * (log and {@code GET /api/rules/status}). Assessments already running keep the rule set they took.
 */
@Component
public class RuleSets implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    private final java.nio.file.Path folder;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile Attempt lastAttempt;

    public RuleSets(LadderProperties properties) {
        this.folder = properties.rulesDir();
        reload();
    }

    /**
     * Why {@code folder} cannot serve as {@code ladder.rules-dir}, if it cannot: it must be a folder
     * holding at least one rule file. Whether the rules compile is {@link #reload()}'s business.
     */
    public static Optional<String> unusableFolder(java.nio.file.Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return Optional.of("no such folder");
        }
        try {
            return RuleSetCompiler.ruleFiles(folder).isEmpty()
                    ? Optional.of("holds no rule files (*.drl, *.drl.csv, *.drl.xlsx)") : Optional.empty();
        } catch (java.io.UncheckedIOException e) {
            return Optional.of("cannot be read: " + e.getCause().getMessage());
        }
    }

    /** The rule set in service, if any has ever compiled. */
    public Optional<RuleSet> current() {
        return Optional.ofNullable(current.get());
    }

    /** Compiles the folder now; swaps the result in if it compiled. */
    public synchronized Attempt reload() {
        long started = System.nanoTime();
        RuleSetCompiler.Result result = RuleSetCompiler.ruleFiles(folder).isEmpty()
                ? compiler.compile(folder) : build(RuleSetCompiler.readFolder(folder));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Attempt attempt;
        if (result.ok()) {
            RuleSet previous = current.getAndSet(result.ruleSet());
            if (previous != null && !previous.releaseId().equals(result.ruleSet().releaseId())) {
                compiler.release(previous);
            }
            attempt = new Attempt(Instant.now(), result.ruleSet().version(), millis, List.of());
            log.info("Rule set {} in service: {} rules from {} in {} ms", result.ruleSet().version(),
                    result.ruleSet().rules().size(), result.ruleSet().files(), millis);
        } else {
            attempt = new Attempt(Instant.now(), null, millis, result.problems());
            // a warning while the last good rule set goes on serving; an error when there is none
            log.warn("Rules in {} do not compile; {} stays in service:", folder.toAbsolutePath(),
                    current().map(RuleSet::version).orElse("no rule set"));
            result.problems().forEach(problem -> log.warn("  {}", problem.describe()));
            if (current().isEmpty()) {
                log.error("No rule set in service: nothing can be assessed until the rules in {} compile "
                        + "(GET /api/rules/status lists the problems)", folder.toAbsolutePath());
            }
        }
        lastAttempt = attempt;
        return attempt;
    }

    /**
     * Builds a rule set from files held in memory without putting it into service: the same steps a
     * reload takes before it swaps (compile, then the checks). The caller owns the result and
     * {@link #release(RuleSet)}s it when done.
     */
    public RuleSetCompiler.Result build(java.util.Map<String, byte[]> files) {
        return compiler.compile(files);
    }

    /** Frees a rule set built by {@link #build} that is not in service (a draft's). */
    public void release(RuleSet ruleSet) {
        RuleSet inService = current.get();
        if (inService == null || !inService.releaseId().equals(ruleSet.releaseId())) {
            compiler.release(ruleSet);
        }
    }

    /** The rules folder ({@code ladder.rules-dir}) this rule set is read from. */
    public java.nio.file.Path folder() {
        return folder;
    }

    /** What the latest compilation did. */
    public Attempt lastAttempt() {
        return lastAttempt;
    }

    @Override
    public void destroy() {
        RuleSet last = current.getAndSet(null);
        if (last != null) {
            compiler.release(last);
        }
    }

    /**
     * One compilation: the version it produced (null when it failed), how long it took, and every problem.
     */
    public record Attempt(Instant at, String version, long millis, List<RuleProblem> problems) {

        public Attempt {
            problems = List.copyOf(problems);
        }
    }
}
