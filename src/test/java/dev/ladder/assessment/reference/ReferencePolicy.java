package dev.ladder.assessment.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ladder.assessment.fact.Priority;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.fact.Severity;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;
import dev.ladder.review.Review;

/**
 * The default assessment policy written again in plain Java, as a second opinion on the Drools rules
 * in {@code rules/}. It decides everything itself; only the numbers and lists analysts tune (readiness
 * threshold and not-ready rating per framework, conduct concerns, how many red flags in one
 * competency make them serious, priorities of ratings, of red-flag severities and of growth needs,
 * which verdicts list their gaps) are read from the same CSV decision tables the rules are compiled
 * from.
 *
 * <ul>
 *   <li><b>Red flags</b>: every observed negative indicator. SERIOUS when at least the table's number
 *       (2) of negative indicators were observed in its competency, or it was observed in the previous
 *       review, or its text is a conduct concern; otherwise CONCERN.</li>
 *   <li><b>Learning needs</b>, for each competency expected at the employee's level: a rating's
 *       priority (table), each red flag's priority by severity (table); the highest wins. An expected
 *       competency not rated is <i>not assessed</i>. When DEVELOPING, each gap competency that was
 *       rated or observed is also a need of the growth priority (table: LOW); one neither rated nor
 *       observed is no need at all.</li>
 *   <li><b>Readiness</b> for the next level: TOP_LEVEL without one; NOT_READY when an expected
 *       competency is rated below the framework's not-ready rating (table) or a red flag is serious;
 *       READY when there are no red flags, no
 *       unrated expected competency and no gap; DEVELOPING otherwise. A gap is a competency expected
 *       at the next level in which fewer than threshold% of the positive indicators the next level
 *       introduces were observed; it is listed with the verdicts the gaps table says (by default DEVELOPING
 *       and NOT_READY), with how many more must be shown: the smallest whole number that reaches
 *       threshold%.</li>
 * </ul>
 */
public final class ReferencePolicy {

    /** Why a red flag is serious. */
    public enum Escalation {
        SEVERAL_IN_COMPETENCY, SEEN_IN_PREVIOUS_REVIEW, CONDUCT_CONCERN
    }

    public record RedFlag(String competency, String indicator, String text, Severity severity,
                          Set<Escalation> escalations) {
    }

    public record Need(String competency, Priority priority) {
    }

    /** @param needed how many more of the missing behaviours must be shown to reach the threshold */
    public record Gap(String competency, List<String> missingIndicators, int needed, int shown, int required) {
    }

    /**
     * The outcome, ordered as the service orders it: red flags in framework order, needs by priority
     * then framework order, not-assessed competencies and gaps in framework order. {@code gaps} is
     * empty when the status is READY or TOP_LEVEL: NOT_READY and DEVELOPING alike list them.
     */
    public record Result(List<RedFlag> redFlags, List<Need> needs, List<String> notAssessed,
                         ReadinessStatus status, List<Gap> gaps) {
    }

    private final Map<String, Integer> thresholds;
    private final Set<String> conductConcerns;
    private final Map<Integer, Priority> ratingPriority;
    private final Map<Severity, Priority> severityPriority;
    private final Map<String, Integer> notReadyBelow;
    private final Set<ReadinessStatus> gapsListed;
    private final int seriousFlagCount;
    private final Priority growthPriority;

    public ReferencePolicy(Map<String, Integer> thresholds, Set<String> conductConcerns,
                           Map<Integer, Priority> ratingPriority, Map<Severity, Priority> severityPriority,
                           Map<String, Integer> notReadyBelow, Set<ReadinessStatus> gapsListed, int seriousFlagCount,
                           Priority growthPriority) {
        this.seriousFlagCount = seriousFlagCount;
        this.growthPriority = growthPriority;
        this.notReadyBelow = Map.copyOf(notReadyBelow);
        this.gapsListed = Set.copyOf(gapsListed);
        this.thresholds = Map.copyOf(thresholds);
        this.conductConcerns = Set.copyOf(conductConcerns);
        this.ratingPriority = Map.copyOf(ratingPriority);
        this.severityPriority = Map.copyOf(severityPriority);
    }

    /** The policy with the tunables of the decision tables in {@code rulesDir}. */
    public static ReferencePolicy fromRules(Path rulesDir) {
        Map<String, Integer> thresholds = new HashMap<>();
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(rulesDir.resolve("readiness-threshold.drl.csv"),
                "Employee").rows()) {
            thresholds.put(row.condition(), Integer.parseInt(row.action()));
        }
        Set<String> conduct = new HashSet<>();
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(rulesDir.resolve("conduct-concerns.drl.csv"),
                "Observation").rows()) {
            conduct.add(row.condition());
        }
        Path needs = rulesDir.resolve("learning-need-priority.drl.csv");
        Map<Integer, Priority> ratings = new HashMap<>();
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(needs, "Rating").rows()) {
            ratings.put(Integer.parseInt(row.condition()), Priority.valueOf(row.action()));
        }
        Map<Severity, Priority> severities = new EnumMap<>(Severity.class);
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(needs, "RedFlag").rows()) {
            severities.put(Severity.valueOf(row.condition()), Priority.valueOf(row.action()));
        }
        Map<String, Integer> notReadyBelow = new HashMap<>();
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(rulesDir.resolve("not-ready-rating.drl.csv"),
                "Employee").rows()) {
            notReadyBelow.put(row.condition(), Integer.parseInt(row.action()));
        }
        Set<ReadinessStatus> gapsListed = EnumSet.noneOf(ReadinessStatus.class);
        for (DecisionTableCsv.Row row : DecisionTableCsv.table(rulesDir.resolve("readiness-gaps.drl.csv"),
                "ReadinessVerdict").rows()) {
            if (row.action().equals("YES")) {
                gapsListed.add(ReadinessStatus.valueOf(row.condition()));
            }
        }
        int seriousFlagCount = Integer.parseInt(DecisionTableCsv.named(rulesDir.resolve("serious-red-flag-count.drl.csv"),
                "Red flags in one competency that make each serious").rows().get(0).action());
        Priority growth = Priority.valueOf(DecisionTableCsv.named(needs, "Need from a readiness gap").rows().get(0).action());
        return new ReferencePolicy(thresholds, conduct, ratings, severities, notReadyBelow, gapsListed, seriousFlagCount,
                growth);
    }

    public Set<String> conductConcerns() {
        return conductConcerns;
    }

    /** @param review a review valid against {@code framework} (see ReviewValidator) */
    public Result assess(Review review, Optional<Review> previous, Framework framework) {
        int level = review.level();
        Framework current = framework.expectedAt(level);
        Optional<Integer> next = framework.nextRank(level);
        Map<String, Integer> order = new HashMap<>();
        framework.competencies().forEach(c -> order.put(c.id(), order.size()));
        Set<String> expectedNow = new HashSet<>();
        current.competencies().forEach(c -> expectedNow.add(c.id()));

        Map<String, Integer> ratings = new HashMap<>();
        review.ratings().forEach(r -> ratings.put(r.competency(), r.rating()));
        Set<String> observed = new HashSet<>();
        review.observed().forEach(o -> observed.add(o.indicator()));
        Set<String> seenBefore = new HashSet<>();
        previous.ifPresent(p -> p.observed().forEach(o -> seenBefore.add(o.indicator())));

        // Red flags, in framework order.
        Map<String, Integer> negativesIn = new HashMap<>();
        List<Framework.Located> negatives = new ArrayList<>();
        for (Competency competency : framework.competencies()) {
            for (Indicator indicator : competency.indicators()) {
                if (indicator.polarity() == Polarity.NEGATIVE && observed.contains(indicator.id())) {
                    negatives.add(new Framework.Located(competency, indicator));
                    negativesIn.merge(competency.id(), 1, Integer::sum);
                }
            }
        }
        List<RedFlag> redFlags = new ArrayList<>();
        for (Framework.Located flag : negatives) {
            Set<Escalation> why = EnumSet.noneOf(Escalation.class);
            if (negativesIn.get(flag.competency().id()) >= seriousFlagCount) {
                why.add(Escalation.SEVERAL_IN_COMPETENCY);
            }
            if (seenBefore.contains(flag.indicator().id())) {
                why.add(Escalation.SEEN_IN_PREVIOUS_REVIEW);
            }
            if (conductConcerns.contains(flag.indicator().text())) {
                why.add(Escalation.CONDUCT_CONCERN);
            }
            redFlags.add(new RedFlag(flag.competency().id(), flag.indicator().id(), flag.indicator().text(),
                    why.isEmpty() ? Severity.CONCERN : Severity.SERIOUS, Set.copyOf(why)));
        }
        boolean anySerious = redFlags.stream().anyMatch(f -> f.severity() == Severity.SERIOUS);

        // Learning needs and competencies not assessed, for what the current level expects.
        Map<String, Priority> needs = new LinkedHashMap<>();
        List<String> notAssessed = new ArrayList<>();
        boolean blocked = false;
        for (Competency competency : current.competencies()) {
            Integer rating = ratings.get(competency.id());
            if (rating == null) {
                notAssessed.add(competency.id());
            } else {
                raise(needs, competency.id(), ratingPriority.get(rating));
                blocked |= rating < notReadyBelow.get(framework.id());
            }
        }
        for (RedFlag flag : redFlags) {
            if (expectedNow.contains(flag.competency())) {
                raise(needs, flag.competency(), severityPriority.get(flag.severity()));
            }
        }

        // Readiness.
        ReadinessStatus status;
        List<Gap> gaps = new ArrayList<>();
        if (next.isEmpty()) {
            status = ReadinessStatus.TOP_LEVEL;
        } else {
            int nextRank = next.get();
            Integer percent = thresholds.get(framework.id());
            if (percent == null) {
                throw new IllegalStateException("no readiness threshold for framework '" + framework.id() + "'");
            }
            List<Gap> under = new ArrayList<>();
            for (Competency competency : framework.expectedAt(nextRank).competencies()) {
                List<String> introduced = competency.indicators().stream()
                        .filter(i -> i.polarity() == Polarity.POSITIVE && Integer.valueOf(nextRank).equals(i.level()))
                        .map(Indicator::id).toList();
                if (introduced.isEmpty()) {
                    continue;
                }
                List<String> missing = introduced.stream().filter(id -> !observed.contains(id)).toList();
                int shown = introduced.size() - missing.size();
                if (shown * 100 < percent * introduced.size()) {
                    int needed = 0;
                    while ((shown + needed) * 100 < percent * introduced.size()) {
                        needed++;
                    }
                    under.add(new Gap(competency.id(), missing, needed, shown, introduced.size()));
                }
            }
            if (blocked || anySerious) {
                status = ReadinessStatus.NOT_READY;
                gaps = gapsListed.contains(status) ? under : List.of(); // the way to the next level, not a need
            } else if (redFlags.isEmpty() && notAssessed.isEmpty() && under.isEmpty()) {
                status = ReadinessStatus.READY;
            } else {
                status = ReadinessStatus.DEVELOPING;
                gaps = gapsListed.contains(status) ? under : List.of();
                // A competency neither rated nor observed was not assessed: no need of any kind.
                Set<String> assessed = new HashSet<>(ratings.keySet());
                observed.forEach(id -> framework.indicator(id).ifPresent(l -> assessed.add(l.competency().id())));
                under.stream().filter(g -> assessed.contains(g.competency()))
                        .forEach(g -> raise(needs, g.competency(), growthPriority));
            }
        }

        List<Need> needList = needs.entrySet().stream().map(e -> new Need(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Need::priority)
                        .thenComparingInt(n -> order.getOrDefault(n.competency(), Integer.MAX_VALUE)))
                .toList();
        return new Result(List.copyOf(redFlags), needList, List.copyOf(notAssessed), status, List.copyOf(gaps));
    }

    /** Keeps the highest priority ({@link Priority} is declared from most to least urgent). */
    private static void raise(Map<String, Priority> needs, String competency, Priority priority) {
        if (priority != null) {
            needs.merge(competency, priority, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }
}
