package dev.ladder.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.rdf.model.Model;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.StartUpTask;
import dev.ladder.assessment.check.RuleChecks;
import dev.ladder.catalogue.Catalogue;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.OntologyListener;

/**
 * The rule set in service. {@link #reload()} compiles {@code rules/}, checks the result (names of the
 * ontology, lint, a canary of sample reviews: {@link RuleChecks}) and swaps it in atomically; a rule
 * set that does not compile or fails a check leaves the running one in place and is reported (log and
 * {@code GET /api/rules/status}). Assessments already running keep the rule set they took.
 *
 * <p>The checks need the frameworks, so the first reload waits for the ontology: it happens when the
 * frameworks are loaded (at start-up, after every bean is created, on a thread of its own that
 * {@link #current()} and {@link #lastAttempt()} wait for), and again after every ontology load, so
 * that the rules are checked against the frameworks in service. Ordered after the learning
 * catalogue, which is rebuilt on the same event.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RuleSets implements DisposableBean, OntologyListener {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);
    /** More firings than this on one sample review means a rule re-triggers itself without end. */
    private static final int FIRING_LIMIT = 100_000;

    private final java.nio.file.Path folder;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final RuleChecks checks;
    private final AssessmentAssembler assembler;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile Attempt lastAttempt;
    /** The first compilation, which runs in the background; null until it is started. */
    private volatile StartUpTask startUp;

    RuleSets(LadderProperties properties, Frameworks frameworks, Catalogue catalogue, AssessmentAssembler assembler) {
        this.folder = properties.rulesDir();
        this.checks = new RuleChecks(frameworks::all, catalogue::snapshot);
        this.assembler = assembler;
        if (!frameworks.all().isEmpty()) {
            reloadInBackground();
        }
    }

    private void awaitStartUp() {
        StartUpTask first = startUp;
        if (first != null) {
            first.await();
        }
    }

    /** The frameworks (or the catalogue) changed: the rules are checked, and swapped in, again. */
    @Override
    public void ontologyLoaded(Model shared) {
        if (startUp == null) {
            reloadInBackground();
        } else {
            reload();
        }
    }

    /**
     * The first compilation, when the frameworks are first loaded at start-up. Compiling and checking
     * the rules takes a couple of seconds that the frameworks, pages and reports need not wait for, so
     * it runs on a thread of its own; whoever asks for the rule set meanwhile (an assessment, the
     * status) waits for it ({@link #current()}, {@link #lastAttempt()}).
     */
    private void reloadInBackground() {
        startUp = StartUpTask.start("ladder-rules-start", this::reload);
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
        awaitStartUp();
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
            log.warn("Rules in {} do not compile or fail their checks ({} ms); {} stays in service:",
                    folder.toAbsolutePath(), millis,
                    Optional.ofNullable(current.get()).map(RuleSet::version).orElse("no rule set"));
            result.problems().forEach(problem -> log.warn("  {}", problem.describe()));
            if (current.get() == null) { // not current(): that waits for the start-up compilation, maybe this one
                log.error("No rule set in service: nothing can be assessed until the rules in {} compile "
                        + "(GET /api/rules/status lists the problems)", folder.toAbsolutePath());
            }
        }
        lastAttempt = attempt;
        return attempt;
    }

    /**
     * Compiles the folder only when its rule files are not the rule set in service (by content hash):
     * the watcher's reload after a publish, which has already put the same files into service, then
     * costs a read of the folder instead of a second compile.
     */
    public synchronized Attempt reloadIfChanged() {
        RuleSet inService = current.get();
        if (inService != null && inService.version().equals(folderVersion())) {
            return lastAttempt;
        }
        return reload();
    }

    /** The version the rule files now in the folder would compile to; null when there are none. */
    private String folderVersion() {
        try {
            java.util.SortedMap<String, byte[]> files = RuleSetCompiler.readFolder(folder);
            return files.isEmpty() ? null : RuleSetCompiler.version(files);
        } catch (java.io.UncheckedIOException e) {
            return null; // unreadable: reload() says what is wrong
        }
    }

    /**
     * Puts a rule set that {@link #build} made into service, as {@link #reload()} would once it had
     * compiled the same files: a publish has checked the draft's rule set and written its files into
     * the folder, so compiling them again would only repeat the build. The rule set belongs to this
     * class from now on; the one it replaces is released.
     */
    public synchronized Attempt putInService(RuleSet built) {
        RuleSet previous = current.getAndSet(built);
        if (previous != null && !previous.releaseId().equals(built.releaseId())) {
            compiler.release(previous);
        }
        Attempt attempt = new Attempt(Instant.now(), built.version(), 0, List.of());
        lastAttempt = attempt;
        log.info("Rule set {} in service: {} rules from {}, as checked before publishing", built.version(),
                built.rules().size(), built.files());
        return attempt;
    }

    /**
     * Builds a rule set from files held in memory without putting it into service: the same steps a
     * reload takes before it swaps (compile, then the checks). The caller owns the result and
     * {@link #release(RuleSet)}s it when done. A rule set that compiles but fails a check is released
     * here and comes back as problems, like one that does not compile.
     */
    public RuleSetCompiler.Result build(java.util.Map<String, byte[]> files) {
        java.util.SortedMap<String, byte[]> ruleFiles = new java.util.TreeMap<>();
        files.forEach((name, bytes) -> {
            if (RuleSetCompiler.isRuleFile(java.nio.file.Path.of(name))) {
                ruleFiles.put(name, bytes);
            }
        });
        List<RuleProblem> problems = new java.util.ArrayList<>(checks.read(ruleFiles));
        RuleSetCompiler.Result compiled = compiler.compile(files);
        if (!compiled.ok()) {
            problems.addAll(checks.place(ruleFiles, compiled.problems()));
            return RuleSetCompiler.Result.failed(problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(checks.sample(ruleFiles, sample(compiled.ruleSet())));
        }
        if (!problems.isEmpty()) {
            compiler.release(compiled.ruleSet());
            return RuleSetCompiler.Result.failed(problems);
        }
        return compiled;
    }

    /** One sample review through a rule set, as the Assessor would assess it; its verdicts, described. */
    private RuleChecks.Sample sample(RuleSet ruleSet) {
        return (review, previous, framework) -> {
            List<Object> facts = FactBuilder.facts(review, framework, previous);
            KieSession session = ruleSet.newSession();
            Findings findings;
            try {
                facts.forEach(session::insert);
                if (session.fireAllRules(FIRING_LIMIT) >= FIRING_LIMIT) {
                    throw new IllegalStateException("the rules fired " + FIRING_LIMIT
                            + " times and had not finished: a rule probably triggers itself again and again");
                }
                findings = Findings.of(session);
            } finally {
                session.dispose();
            }
            List<String> verdicts = findings.verdicts().stream()
                    .map(v -> v.status() + " by rule \"" + v.rule() + "\"").toList();
            if (verdicts.size() == 1) {
                assembler.assemble(review, framework, ruleSet.version(), findings);
            }
            return verdicts;
        };
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
        awaitStartUp();
        return lastAttempt;
    }

    @Override
    public void destroy() {
        awaitStartUp();
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
