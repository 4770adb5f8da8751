package dev.ladder.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.assessment.RuleSets;
import dev.ladder.framework.OntologyWorkspace;

/**
 * The policy workbench's two figures for docs/benchmarks.md, "Policy workbench": how long checking a
 * draft takes (compile with every check, then every scenario of {@code features/}), and how long a
 * publish takes until the new rule set is in service (the check again, the commit, the files written,
 * the reload). The real application in this JVM, without a web server, on copies of {@code rules/}
 * and {@code features/} in a temporary folder (the project's own are never written). Each publish
 * alternates between two versions of {@code readiness.drl} (one with a comment line more), so each
 * puts a different rule set into service. Not a test; run it as docs/benchmarks.md says.
 *
 * <pre>java -cp … dev.ladder.policy.PolicyTimings [runs, default 7] [warm-up runs, default 3]</pre>
 */
public final class PolicyTimings {

    private PolicyTimings() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("ladder-policy-timings");
        OntologyWorkspace.copyTree(Path.of("rules"), work.resolve("rules"));
        OntologyWorkspace.copyTree(Path.of("features"), work.resolve("features"));
        String[] settings = {"--spring.main.banner-mode=off", "--spring.main.web-application-type=none",
                "--ladder.data-dir=" + work.resolve("data"), "--ladder.rules-dir=" + work.resolve("rules"),
                "--ladder.features-dir=" + work.resolve("features"), "--ladder.watch-rules=false",
                "--ladder.demo.enabled=false", "--logging.level.root=WARN"};
        try (ConfigurableApplicationContext context = new SpringApplication(LadderApplication.class).run(settings)) {
            PolicyDrafts drafts = context.getBean(PolicyDrafts.class);
            RuleSets ruleSets = context.getBean(RuleSets.class);
            String readiness = drafts.read(drafts.create("analyst").id(), "readiness.drl");
            List<Long> checks = new ArrayList<>();
            List<Long> publishes = new ArrayList<>();
            List<Long> afterChecks = new ArrayList<>();
            List<Long> builds = new ArrayList<>();
            Publisher publisher = context.getBean(Publisher.class);
            for (int i = 0; i < warmUp + runs; i++) {
                String draft = drafts.create("analyst").id(); // a published draft is removed
                drafts.write(draft, "readiness.drl", i % 2 == 0 ? "// timing run " + i + "\n" + readiness : readiness);
                java.util.Map<String, byte[]> rules = new java.util.TreeMap<>();
                for (String path : drafts.files(draft)) {
                    if (!PolicyFiles.isFeature(path)) {
                        rules.put(path, drafts.readBytes(draft, path));
                    }
                }
                long buildStart = System.nanoTime();
                ruleSets.release(ruleSets.build(rules).ruleSet());
                long build = (System.nanoTime() - buildStart) / 1_000_000;
                long start = System.nanoTime();
                CheckReport report = drafts.check(draft);
                long checked = System.nanoTime();
                if (!report.passed()) {
                    throw new IllegalStateException("The draft does not pass its check: " + report);
                }
                long publishStart = System.nanoTime();
                PolicyVersion version = drafts.publish(draft, "timing run " + i, "analyst");
                long inService = System.nanoTime();
                if (!ruleSets.current().orElseThrow().version().equals(version.ruleSetVersion())) {
                    throw new IllegalStateException("version " + version + " is not in service after its publish");
                }
                if (i >= warmUp) {
                    checks.add((checked - start) / 1_000_000);
                    publishes.add((inService - publishStart) / 1_000_000);
                    afterChecks.add(publisher.lastTimings().inServiceMillis());
                    builds.add(build);
                }
                System.out.printf("run %d%s: build alone %d ms; check %d ms (%d scenarios), publish until in service %d ms"
                        + " (of which after its check: %d ms)%n", i + 1, i < warmUp ? " (warm-up)" : "", build,
                        (checked - start) / 1_000_000, report.scenarios().passed() + report.scenarios().failed(),
                        (inService - publishStart) / 1_000_000, publisher.lastTimings().inServiceMillis());
            }
            System.out.printf("median of %d runs: building the rule set alone %d ms%n", runs, median(builds));
            System.out.printf("median of %d runs: check a draft %d ms; publish until in service %d ms, of which"
                    + " %d ms after its check (commit, files written, rule set reloaded)%n", runs, median(checks),
                    median(publishes), median(afterChecks));
        } finally {
            OntologyWorkspace.delete(work);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
