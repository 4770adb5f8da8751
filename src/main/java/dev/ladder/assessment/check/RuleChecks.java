package dev.ladder.assessment.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.catalogue.CatalogueSnapshot;
import dev.ladder.framework.Framework;
import dev.ladder.review.Review;

/**
 * The checks a rule set passes before it goes into service, besides compiling (issue 10, part 2):
 * <ul>
 * <li>{@link #read}: every framework, competency, behaviour and learning resource a table cell or a DRL
 * rule names exists (with "did you mean" when a near name does), rule names are unique across files,
 * no two rows of a table match the same case with different outcomes, and a table with one row per
 * framework has a row for every framework;</li>
 * <li>{@link #place}: Drools' own messages put at the row and column of a table, or the right line of
 * a DRL file, with a plain-English hint;</li>
 * <li>{@link #sample}: the compiled rule set assesses a fixed sample of generated reviews of every
 * framework and level, each to exactly one readiness verdict without an exception.</li>
 * </ul>
 * Files are keyed by their path relative to the rules folder, as {@code RuleSets.build} gets them.
 */
public final class RuleChecks {

    private final Supplier<java.util.Collection<Framework>> frameworks;
    private final Supplier<CatalogueSnapshot> catalogue;

    public RuleChecks(Supplier<java.util.Collection<Framework>> frameworks, Supplier<CatalogueSnapshot> catalogue) {
        this.frameworks = frameworks;
        this.catalogue = catalogue;
    }

    /** Assesses one review with the rule set under check; answers its readiness verdicts, described. */
    @FunctionalInterface
    public interface Sample {
        List<String> assess(Review review, Optional<Review> previous, Framework framework);
    }

    /** Problems found by reading the files (ontology names and lint), in file and line order. */
    public List<RuleProblem> read(Map<String, byte[]> files) {
        java.util.Collection<Framework> served = frameworks.get();
        if (served.isEmpty()) {
            return List.of(new RuleProblem("rules", null, null, "No framework is loaded, so the rules cannot be "
                    + "checked against the ontology and no review can be assessed",
                    "See GET /api/status for why the ontology did not load."));
        }
        Ontology ontology = new Ontology(served, catalogue.get());
        References references = new References(ontology);
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleProblem> names = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".drl")) {
                DrlText drl = new DrlText(new String(file.getValue(), StandardCharsets.UTF_8));
                problems.addAll(references.inDrl(name, drl));
                for (DrlText.Rule rule : drl.rules()) {
                    duplicate(names, problems, rule.name(), new RuleProblem(name, rule.line(), 1, rule.name()));
                }
            } else if (TableFile.isTable(name)) {
                TableFile table;
                try {
                    table = TableFile.read(name, file.getValue());
                } catch (Exception e) {
                    problems.add(new RuleProblem(name, null, null, "The table cannot be read: " + e.getMessage(),
                            "Save it again as CSV (UTF-8) or as an Excel workbook (.xlsx)."));
                    continue;
                }
                for (RuleTable ruleTable : table.tables()) {
                    problems.addAll(references.inTable(ruleTable));
                    problems.addAll(TableLint.check(ruleTable, ontology));
                    RuleTable.Column nameColumn = ruleTable.columns().stream().filter(c -> c.kind().equals("NAME"))
                            .findFirst().orElse(null);
                    for (int row : ruleTable.rows()) {
                        String rule = ruleTable.ruleName(row);
                        if (rule != null) {
                            duplicate(names, problems, rule, new RuleProblem(name, row, nameColumn.index(), rule));
                        }
                    }
                }
            }
        }
        return sorted(problems);
    }

    /** Drools' messages at the row and column, or line, the analyst sees, each with a hint where one helps. */
    public List<RuleProblem> place(Map<String, byte[]> files, List<RuleProblem> droolsProblems) {
        return Positions.place(files, droolsProblems);
    }

    /**
     * Runs the sample reviews through {@code sample}; a problem for each way they fail (an exception,
     * no readiness verdict, more than one), saying for which framework and levels.
     */
    public List<RuleProblem> sample(Map<String, byte[]> files, Sample sample) {
        Map<String, RuleProblem> rules = ruleIndex(files);
        String verdictFile = files.entrySet().stream()
                .filter(f -> new String(f.getValue(), StandardCharsets.UTF_8).contains("new ReadinessVerdict("))
                .map(Map.Entry::getKey).sorted().findFirst().orElse("rules");
        return new Canary(sample, rule -> Optional.ofNullable(rules.get(rule))).run(frameworks.get(), verdictFile);
    }

    /** Where each rule is: file and line (DRL) or row and NAME column (tables). */
    private static Map<String, RuleProblem> ruleIndex(Map<String, byte[]> files) {
        Map<String, RuleProblem> index = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                new DrlText(new String(bytes, StandardCharsets.UTF_8)).rules()
                        .forEach(r -> index.putIfAbsent(r.name(), new RuleProblem(name, r.line(), 1, r.name())));
            } else if (TableFile.isTable(name)) {
                try {
                    for (RuleTable table : TableFile.read(name, bytes).tables()) {
                        for (int row : table.rows()) {
                            String rule = table.ruleName(row);
                            if (rule != null) {
                                index.putIfAbsent(rule, new RuleProblem(name, row, 1, rule));
                            }
                        }
                    }
                } catch (Exception e) {
                    // unreadable tables are reported by read()
                }
            }
        });
        return index;
    }

    private static void duplicate(Map<String, RuleProblem> names, List<RuleProblem> problems, String rule,
                                  RuleProblem here) {
        RuleProblem first = names.putIfAbsent(rule, here);
        if (first != null) {
            problems.add(new RuleProblem(here.file(), here.line(), here.column(),
                    "Duplicate rule name \"" + rule + "\": also at " + first.file() + ":" + first.line(),
                    "Each rule needs a name of its own (rule names are shared by all the files): rename one of them."));
        }
    }

    static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(RuleProblem::file)
                .thenComparing(p -> p.line() == null ? 0 : p.line())
                .thenComparing(p -> p.column() == null ? 0 : p.column())).toList();
    }
}
