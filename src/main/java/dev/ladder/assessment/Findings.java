package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.runtime.KieSession;

import dev.ladder.assessment.fact.GapsListed;
import dev.ladder.assessment.fact.GrowthNeedPriority;
import dev.ladder.assessment.fact.LearningNeed;
import dev.ladder.assessment.fact.ModeMix;
import dev.ladder.assessment.fact.ModeOfType;
import dev.ladder.assessment.fact.NeedReason;
import dev.ladder.assessment.fact.NotAssessed;
import dev.ladder.assessment.fact.NotReadyBelow;
import dev.ladder.assessment.fact.ReadinessGap;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.fact.ReadinessThreshold;
import dev.ladder.assessment.fact.ReadinessVerdict;
import dev.ladder.assessment.fact.RecommendationOrder;
import dev.ladder.assessment.fact.RecommendationsPerNeed;
import dev.ladder.assessment.fact.RedFlag;
import dev.ladder.assessment.fact.SeriousFlagCount;
import dev.ladder.catalogue.LearningMode;
import dev.ladder.catalogue.Preference;
import dev.ladder.catalogue.RecommendationPolicy;

/**
 * Everything the rules concluded about one review, and the policy values the tables stated for it,
 * read out of the session once it has run. A value the assessment needs but the rule set did not
 * state (or stated twice) is a {@link PolicyFault} naming the table to fix.
 */
record Findings(List<RedFlag> redFlags, List<NeedReason> needReasons, List<LearningNeed> learningNeeds,
                List<NotAssessed> notAssessed, List<ReadinessGap> gaps, List<ReadinessVerdict> verdicts,
                List<GapsListed> gapsListed, List<ReadinessThreshold> thresholds, List<NotReadyBelow> notReadyBelow,
                List<RecommendationsPerNeed> perNeed, List<ModeMix> mix, List<ModeOfType> modes,
                List<RecommendationOrder> order, List<SeriousFlagCount> seriousFlagCount,
                List<GrowthNeedPriority> growthNeedPriority) {

    static final String RECOMMENDATIONS = "rules/recommendations.drl.csv";

    /** The findings of a session that has run, read in one pass over its objects. */
    static Findings of(KieSession session) {
        return of(session.getObjects());
    }

    static Findings of(Collection<?> objects) {
        Map<Class<?>, List<Object>> byType = new HashMap<>();
        for (Object object : objects) {
            byType.computeIfAbsent(object.getClass(), type -> new ArrayList<>()).add(object);
        }
        return new Findings(all(byType, RedFlag.class), all(byType, NeedReason.class),
                all(byType, LearningNeed.class), all(byType, NotAssessed.class), all(byType, ReadinessGap.class),
                all(byType, ReadinessVerdict.class), all(byType, GapsListed.class),
                all(byType, ReadinessThreshold.class), all(byType, NotReadyBelow.class),
                all(byType, RecommendationsPerNeed.class), all(byType, ModeMix.class), all(byType, ModeOfType.class),
                all(byType, RecommendationOrder.class), all(byType, SeriousFlagCount.class),
                all(byType, GrowthNeedPriority.class));
    }

    /** The objects of {@code type}, a record and so final: its instances are exactly those of its class. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> all(Map<Class<?>, List<Object>> byType, Class<T> type) {
        return (List<T>) byType.getOrDefault(type, List.of());
    }

    /**
     * The one verdict; more or fewer means the rules are wrong or a table lacks the framework's row,
     * and the assessment must not pretend otherwise.
     */
    ReadinessVerdict verdict(String ruleSetVersion, String framework) {
        if (verdicts.size() == 1) {
            return verdicts.get(0);
        }
        String why = thresholds.isEmpty() ? "; rules/readiness-threshold.drl.csv has no row for '" + framework + "'"
                : notReadyBelow.isEmpty() ? "; rules/not-ready-rating.drl.csv has no row for '" + framework + "'"
                : thresholds.size() > 1 ? "; rules/readiness-threshold.drl.csv has " + thresholds.size()
                        + " rows for '" + framework + "' with different values"
                : notReadyBelow.size() > 1 ? "; rules/not-ready-rating.drl.csv has " + notReadyBelow.size()
                        + " rows for '" + framework + "' with different values"
                : "; check the verdict rules of rules/readiness.drl";
        throw new PolicyFault("Rule set " + ruleSetVersion + " reached " + verdicts.size()
                + " readiness verdicts for framework '" + framework + "' instead of one " + verdicts + why);
    }

    /**
     * The values stated once for every assessment, outside the recommendations: without them some
     * red flags or needs would silently go missing.
     */
    void requireOneOfEach() {
        one(seriousFlagCount, "rules/serious-red-flag-count.drl.csv, table \"Red flags in one competency that make "
                + "each serious\"", "how many negative behaviours in one competency make their red flags serious");
        one(growthNeedPriority, "rules/learning-need-priority.drl.csv, table \"Need from a readiness gap\"",
                "the priority of a need to grow towards the next level");
    }

    private static void one(List<?> values, String table, String what) {
        if (values.size() != 1) {
            throw new PolicyFault(table + ": " + (values.isEmpty() ? "no row; it needs one, with " + what
                    : values.size() + " rows with different values " + values + "; keep one"));
        }
    }

    /** Whether the gaps are listed with this verdict ({@code readiness-gaps.drl.csv}). */
    boolean gapsListed(ReadinessStatus status) {
        List<GapsListed> rows = gapsListed.stream().filter(g -> g.status() == status).toList();
        if (rows.size() > 1) {
            throw new PolicyFault("rules/readiness-gaps.drl.csv has " + rows.size() + " rows for " + status
                    + " with different answers; keep one");
        }
        if (rows.isEmpty()) {
            if (gaps.isEmpty()) {
                return false;
            }
            throw new PolicyFault("rules/readiness-gaps.drl.csv has no row for " + status
                    + ": say YES or NO, whether its gaps are listed");
        }
        return rows.get(0).yes();
    }

    /** The recommendation policy the tables stated ({@code recommendations.drl.csv}). */
    RecommendationPolicy recommendationPolicy() {
        if (perNeed.size() != 1) {
            throw new PolicyFault(RECOMMENDATIONS + ", table \"Recommendations per need\": "
                    + (perNeed.isEmpty() ? "no row; it needs one, with how many resources to recommend for each need"
                    : perNeed.size() + " rows with different numbers; keep one"));
        }
        if (mix.isEmpty()) {
            throw new PolicyFault(RECOMMENDATIONS + ", table \"Mix of ways of learning\": no row; it needs one per "
                    + "way of learning (EXPERIENTIAL, SOCIAL, FORMAL)");
        }
        if (modes.isEmpty()) {
            throw new PolicyFault(RECOMMENDATIONS + ", table \"Way of learning of each resource type\": no row; it "
                    + "needs one per resource type of the catalogue");
        }
        Map<LearningMode, Integer> mixes = unique(mix, ModeMix::mode, ModeMix::picks, "Mix of ways of learning");
        Map<String, LearningMode> modeOfType = unique(modes, ModeOfType::type, ModeOfType::mode,
                "Way of learning of each resource type");
        List<Preference> preferences = order.stream().sorted(java.util.Comparator.comparingInt(RecommendationOrder::rank))
                .map(RecommendationOrder::preference).distinct().toList();
        return new RecommendationPolicy(perNeed.get(0).count(), mixes, modeOfType, preferences);
    }

    private static <T, K, V> Map<K, V> unique(List<T> rows, Function<T, K> key, Function<T, V> value, String table) {
        // Read for every assessment, and the rows are nearly always right: a plain pass, the fault only when it is not.
        Map<K, V> values = new HashMap<>();
        for (T row : rows) {
            if (values.putIfAbsent(key.apply(row), value.apply(row)) != null) {
                return repeated(rows, key, value, table);
            }
        }
        return values;
    }

    /** Throws the fault naming the first key (in order) that has more than one row. */
    private static <T, K, V> Map<K, V> repeated(List<T> rows, Function<T, K> key, Function<T, V> value, String table) {
        Map<K, List<V>> values = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.mapping(value, Collectors.toList())));
        values.forEach((k, v) -> {
            if (v.size() > 1) {
                throw new PolicyFault(RECOMMENDATIONS + ", table \"" + table + "\": " + v.size() + " rows for " + k
                        + " with different values " + v + "; keep one");
            }
        });
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    }
}
