package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.fact.Explained;
import dev.ladder.assessment.fact.NeedReason;
import dev.ladder.assessment.fact.Priority;
import dev.ladder.assessment.fact.ReadinessGap;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.fact.ReadinessVerdict;
import dev.ladder.catalogue.Audience;
import dev.ladder.catalogue.Catalogue;
import dev.ladder.catalogue.RecommendationPolicy;
import dev.ladder.catalogue.Recommender;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.review.Review;

/**
 * Puts the rules' findings into the assessment's shape, in framework order, and adds the
 * recommendations for each learning need. Decides nothing the rules decide.
 */
@Component
class AssessmentAssembler {

    private final Recommender recommender;
    private final Catalogue catalogue;

    AssessmentAssembler(Recommender recommender, Catalogue catalogue) {
        this.recommender = recommender;
        this.catalogue = catalogue;
    }

    Assessment assemble(Review review, Framework framework, String version, Findings findings) {
        return assemble(review, framework, version, findings, true);
    }

    /**
     * @param recommend whether each learning need gets its recommendations; without them the
     *                  recommendation policy is still read and checked, so a rule set that could not
     *                  recommend fails here too (for counting verdicts over many reviews)
     */
    Assessment assemble(Review review, Framework framework, String version, Findings findings, boolean recommend) {
        findings.requireOneOfEach();
        ReadinessVerdict verdict = findings.verdict(version, framework.id());

        List<Assessment.RedFlag> redFlags = findings.redFlags().stream()
                .sorted(Comparator.comparing(dev.ladder.assessment.fact.RedFlag::indicator, framework.indicatorOrder()))
                .map(f -> new Assessment.RedFlag(f.competency(), f.indicator(), f.text(), lower(f.severity()),
                        because(f.rule(), f)))
                .toList();

        RecommendationPolicy policy = recommendationPolicy(findings);
        Map<String, List<NeedReason>> reasons = new LinkedHashMap<>();
        findings.needReasons().stream().sorted(Comparator.comparing(NeedReason::priority)
                        .thenComparing(NeedReason::because))
                .forEach(r -> reasons.computeIfAbsent(r.competency(), c -> new ArrayList<>()).add(r));
        List<Assessment.LearningNeed> needs = reasons.entrySet().stream()
                .map(e -> need(review, framework, e.getKey(), priority(findings, e.getKey()), e.getValue(), findings,
                        recommend ? policy : null))
                .sorted(Comparator.comparing((Assessment.LearningNeed n) -> Priority.valueOf(n.priority().toUpperCase(Locale.ROOT)))
                        .thenComparing(Assessment.LearningNeed::competency, framework.competencyOrder()))
                .toList();

        List<String> notAssessed = findings.notAssessed().stream().map(n -> n.competency())
                .sorted(framework.competencyOrder()).toList();

        List<Assessment.Gap> gaps = findings.gaps().stream()
                .sorted(Comparator.comparing(ReadinessGap::competency, framework.competencyOrder()))
                .map(g -> gap(framework, g))
                .toList();
        Integer target = verdict.status() == ReadinessStatus.TOP_LEVEL ? null : review.level() + 1;
        // Which verdicts list the gaps (the way to the next level) is policy: readiness-gaps.drl.csv.
        Assessment.Readiness readiness = new Assessment.Readiness(target, verdict.status().name(),
                findings.gapsListed(verdict.status()) ? gaps : List.of(), because(verdict.rule(), verdict));

        return new Assessment(review.employeeId(), framework.id(), review.level(), review.period(), version,
                redFlags, needs, notAssessed, readiness);
    }

    private static Assessment.Gap gap(Framework framework, ReadinessGap gap) {
        List<String> missing = gap.missingIndicators().stream().sorted(framework.indicatorOrder()).toList();
        List<Assessment.Behaviour> behaviours = missing.stream()
                .map(id -> new Assessment.Behaviour(id, framework.indicator(id).map(l -> l.indicator().text()).orElse(id)))
                .toList();
        return new Assessment.Gap(gap.competency(), missing, behaviours, gap.needed(), gap.shown(), gap.required(),
                because(gap.rule(), gap));
    }

    /**
     * The rule set's recommendation policy, checked against the catalogue: every type of resource
     * must count as a way of learning.
     */
    private RecommendationPolicy recommendationPolicy(Findings findings) {
        RecommendationPolicy policy = findings.recommendationPolicy();
        catalogue.snapshot().resourceTypes().stream()
                .filter(type -> !policy.modeOfType().containsKey(type)).findFirst().ifPresent(type -> {
                    throw new PolicyFault(Findings.RECOMMENDATIONS + ", table \"Way of learning of each resource type\":"
                            + " no row for the resource type '" + type + "' of the learning catalogue");
                });
        return policy;
    }

    /** The priority the rules settled on for a competency's need ({@code learning-needs.drl}). */
    private static Priority priority(Findings findings, String competency) {
        List<Priority> settled = findings.learningNeeds().stream().filter(n -> n.competency().equals(competency))
                .map(dev.ladder.assessment.fact.LearningNeed::priority).distinct().toList();
        if (settled.size() != 1) {
            throw new PolicyFault("the rules settled on " + settled.size() + " priorities " + settled
                    + " for the learning need in '" + competency + "' instead of one; check the rule \"Learning need: "
                    + "the most urgent of its reasons\" in rules/learning-needs.drl");
        }
        return settled.get(0);
    }

    /** @param policy null for a need without recommendations */
    private Assessment.LearningNeed need(Review review, Framework framework, String competencyId, Priority priority,
                                         List<NeedReason> reasons, Findings findings, RecommendationPolicy policy) {
        if (policy == null) {
            return new Assessment.LearningNeed(competencyId, lower(priority),
                    reasons.stream().map(r -> because(r.rule(), r)).toList(), List.of());
        }
        Competency competency = framework.competency(competencyId).orElseThrow();
        boolean growthOnly = reasons.stream().allMatch(NeedReason::towardsNextLevel);
        int rank = growthOnly ? review.level() + 1 : review.level();
        Audience audience = framework.level(rank)
                .flatMap(level -> catalogue.snapshot().audienceOf(framework.id(), level.id()))
                .orElse(Audience.ALL_STAFF);
        Map<String, String> flagged = new HashMap<>();
        findings.redFlags().stream().filter(f -> f.competency().equals(competencyId))
                .forEach(f -> flagged.put(Recommender.Need.key(framework.id(), f.indicator()), f.text()));
        return new Assessment.LearningNeed(competencyId, lower(priority),
                reasons.stream().map(r -> because(r.rule(), r)).toList(),
                recommender.recommend(new Recommender.Need(framework.id(), competencyId, competency.title(),
                        audience, flagged), policy));
    }

    /** {@code Rule "name": why}, so a person can find the rule and check the facts. */
    static String because(String rule, Explained finding) {
        return "Rule \"" + rule + "\": " + finding.because();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
