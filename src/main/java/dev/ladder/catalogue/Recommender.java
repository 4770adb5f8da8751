package dev.ladder.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Chooses resources for a learning need, following a {@link RecommendationPolicy} (how many, their
 * 70-20-10 mix, the way of learning of each resource type, and which come first: all values of the
 * rule set, see {@code rules/recommendations.drl.csv}). Candidates develop a theme the competency is
 * aligned to, or are aimed at a red flag observed in it. They must suit the employee's audience,
 * unless they are aimed at the red flag (then they are always candidates), and any audience will do
 * when nothing suits. They are ranked by the policy's order of preferences, then by title. Each pick
 * is the best-ranked resource of a way of learning that has had fewer picks than the mix gives it;
 * when no such resource is left, the best-ranked of the rest.
 *
 * <p>The choice is a function of the catalogue, the need and the policy alone, and the same few
 * thousand needs (a competency, a career stage, the red flags observed in it) come back review after
 * review, so each choice is remembered for the catalogue it was made from ({@link #MEMO} of them, the
 * least used forgotten first); a new catalogue starts afresh.
 */
@Component
public class Recommender {

    /**
     * How many choices are remembered, about 1 KB each: more than the needs of the three councils'
     * frameworks with their usual red flags (about 40 competencies × 4 career stages × a few sets of
     * red flags), and at most about 10 MB of heap.
     */
    static final int MEMO = 10_000;

    private final Catalogue catalogue;
    private volatile Memo memo;

    public Recommender(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Up to {@code policy.perNeed()} resources for the need, each with why it was chosen. */
    public List<Recommendation> recommend(Need need, RecommendationPolicy policy) {
        CatalogueSnapshot snapshot = catalogue.snapshot();
        Memo current = memo;
        if (current == null || current.snapshot() != snapshot) {
            current = new Memo(snapshot, Caffeine.newBuilder().maximumSize(MEMO).build());
            memo = current;
        }
        return current.choices().get(new Choice(need, policy), choice -> choose(snapshot, need, policy));
    }

    /** The choices made from one catalogue, by need and policy. */
    private record Memo(CatalogueSnapshot snapshot, Cache<Choice, List<Recommendation>> choices) {
    }

    private record Choice(Need need, RecommendationPolicy policy) {
    }

    private static List<Recommendation> choose(CatalogueSnapshot snapshot, Need need, RecommendationPolicy policy) {
        List<String> themes = snapshot.themesOf(need.framework(), need.competency());
        // Those developing a theme of the competency or aimed at a red flag of it, from the snapshot's index.
        List<LearningResource> developing = snapshot.index().candidates(need.framework(), need.competency(),
                need.flagged().keySet());
        List<LearningResource> suitable = new ArrayList<>(developing.size());
        for (LearningResource resource : developing) {
            if (resource.suits(need.audience()) || aimsAtFlagged(resource, need)) {
                suitable.add(resource);
            }
        }
        List<LearningResource> ranked = ranked(suitable.isEmpty() ? developing : suitable, policy.order(), need);

        // Each pick: the best-ranked resource not yet picked whose way of learning still has room in the mix,
        // else the best-ranked of the rest. A resource's way of learning is looked up when it is first looked at.
        List<LearningResource> picked = new ArrayList<>(Math.min(policy.perNeed(), ranked.size()));
        boolean[] taken = new boolean[ranked.size()];
        Map<LearningMode, Integer> picksOf = new EnumMap<>(LearningMode.class);
        while (picked.size() < policy.perNeed() && picked.size() < ranked.size()) {
            int next = -1;
            for (int i = 0; i < ranked.size() && next < 0; i++) {
                LearningMode mode = taken[i] ? null : mode(ranked.get(i), policy);
                if (mode != null && picksOf.getOrDefault(mode, 0) < policy.mix().getOrDefault(mode, 0)) {
                    next = i;
                }
            }
            for (int i = 0; i < ranked.size() && next < 0; i++) {
                if (!taken[i]) {
                    next = i;
                }
            }
            taken[next] = true;
            picked.add(ranked.get(next));
            picksOf.merge(mode(ranked.get(next), policy), 1, Integer::sum);
        }
        List<Recommendation> recommendations = new ArrayList<>(picked.size());
        for (LearningResource r : picked) {
            recommendations.add(new Recommendation(r.id(), r.title(), r.type(), r.effort(), mode(r, policy),
                    because(r, need, themes, snapshot, policy)));
        }
        return List.copyOf(recommendations);
    }

    /**
     * The candidates (given in title order) ranked by the policy's preferences, the most important first,
     * and by title among equals: each resource goes into the bucket of the preferences it meets, and the
     * buckets are read out best first, which keeps the title order inside each.
     */
    private static List<LearningResource> ranked(List<LearningResource> byTitle, List<Preference> order, Need need) {
        List<Preference> preferences = order.stream().distinct().toList(); // a repeated preference ranks nothing more
        List<List<LearningResource>> buckets = new ArrayList<>(1 << preferences.size());
        for (int i = 0; i < 1 << preferences.size(); i++) {
            buckets.add(new ArrayList<>());
        }
        for (LearningResource resource : byTitle) {
            int bucket = 0;
            for (Preference preference : preferences) {
                bucket = bucket << 1 | (meets(preference, resource, need) ? 0 : 1);
            }
            buckets.get(bucket).add(resource);
        }
        List<LearningResource> ranked = new ArrayList<>(byTitle.size());
        buckets.forEach(ranked::addAll);
        return ranked;
    }

    private static LearningMode mode(LearningResource resource, RecommendationPolicy policy) {
        return policy.modeOf(resource).orElseThrow(() -> new IllegalArgumentException(
                "the recommendation policy gives no way of learning for resources of type '" + resource.type() + "'"));
    }

    private static boolean meets(Preference preference, LearningResource resource, Need need) {
        return switch (preference) {
            case AIMED_AT_RED_FLAG -> aimsAtFlagged(resource, need);
            case AIMED_AT_CAREER_STAGE -> resource.audiences().contains(need.audience());
        };
    }

    private static boolean aimsAtFlagged(LearningResource resource, Need need) {
        if (need.flagged().isEmpty()) {
            return false; // most needs have no red flag
        }
        for (String key : resource.addresses()) {
            if (need.flagged().containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static String because(LearningResource resource, Need need, List<String> themes, CatalogueSnapshot snapshot,
                                  RecommendationPolicy policy) {
        List<String> developed = new ArrayList<>(1);
        for (String theme : resource.themes()) {
            if (themes.contains(theme)) {
                Theme known = snapshot.themes().get(theme);
                developed.add(known == null ? theme : known.title());
            }
        }
        StringBuilder why = new StringBuilder(developed.isEmpty() ? "aimed at a red flag of " + need.competencyTitle()
                : "develops " + String.join(" and ", developed) + ", a theme of " + need.competencyTitle());
        List<String> aimedAt = new ArrayList<>(0);
        for (String key : need.flagged().isEmpty() ? Set.<String>of() : resource.addresses()) {
            String text = need.flagged().get(key);
            if (text != null) {
                aimedAt.add(text);
            }
        }
        if (!aimedAt.isEmpty()) {
            aimedAt.sort(null);
            why.append("; designed to change \"").append(String.join("\", \"", aimedAt)).append("\", which was observed");
        }
        if (resource.audiences().contains(need.audience())) {
            why.append("; aimed at ").append(need.audience().label());
        }
        return why.append("; ").append(mode(resource, policy).label()).toString();
    }

    /**
     * What a recommendation is for.
     *
     * @param audience the career stage of the employee (or of the level they are growing towards)
     * @param flagged  red flags observed in this competency: {@code framework/indicator} key → text
     */
    public record Need(String framework, String competency, String competencyTitle, Audience audience,
                       Map<String, String> flagged) {

        public Need {
            flagged = Map.copyOf(flagged);
        }

        /** A need's key for a flagged indicator, as the catalogue writes {@code lad:addresses}. */
        public static String key(String framework, String indicator) {
            return framework + "/" + indicator;
        }
    }
}
