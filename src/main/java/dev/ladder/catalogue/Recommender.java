package dev.ladder.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Chooses up to three resources for a learning need. Candidates develop a theme the competency is
 * aligned to, or are aimed at a red flag observed in it. They must suit the employee's audience,
 * unless they are aimed at the red flag (then they are always candidates), and any audience will do
 * when nothing suits. They are ranked:
 * resources aimed at a red flag observed in the competency first, then those aimed at the
 * employee's career stage, then the rest, by title. The picks mix the 70-20-10 modes where the
 * candidates allow: each pick is the best-ranked resource of a mode not yet picked, if there is one.
 */
@Component
public class Recommender {

    static final int LIMIT = 3;

    private final Catalogue catalogue;

    public Recommender(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Up to three resources for the need, each with why it was chosen. */
    public List<Recommendation> recommend(Need need) {
        CatalogueSnapshot snapshot = catalogue.snapshot();
        List<String> themes = snapshot.themesOf(need.framework(), need.competency());
        List<LearningResource> developing = snapshot.resources().stream()
                .filter(r -> r.themes().stream().anyMatch(themes::contains) || aimsAtFlagged(r, need)).toList();
        List<LearningResource> suitable = developing.stream()
                .filter(r -> r.suits(need.audience()) || aimsAtFlagged(r, need)).toList();
        List<LearningResource> ranked = new ArrayList<>(suitable.isEmpty() ? developing : suitable);
        ranked.sort(Comparator.comparingInt((LearningResource r) -> -score(r, need)).thenComparing(LearningResource::title));

        List<LearningResource> picked = new ArrayList<>();
        Set<LearningMode> modes = EnumSet.noneOf(LearningMode.class);
        while (picked.size() < LIMIT && picked.size() < ranked.size()) {
            LearningResource next = ranked.stream().filter(r -> !picked.contains(r) && !modes.contains(r.mode()))
                    .findFirst().orElseGet(() -> ranked.stream().filter(r -> !picked.contains(r)).findFirst().orElseThrow());
            picked.add(next);
            modes.add(next.mode());
        }
        return picked.stream().map(r -> new Recommendation(r.id(), r.title(), r.type(), r.effort(),
                r.mode(), because(r, need, themes, snapshot))).toList();
    }

    private static boolean aimsAtFlagged(LearningResource resource, Need need) {
        return resource.addresses().stream().anyMatch(need.flagged()::containsKey);
    }

    private static int score(LearningResource resource, Need need) {
        int score = 0;
        if (aimsAtFlagged(resource, need)) {
            score += 4;
        }
        if (resource.audiences().contains(need.audience())) {
            score += 2;
        }
        return score;
    }

    private static String because(LearningResource resource, Need need, List<String> themes, CatalogueSnapshot snapshot) {
        List<String> developed = resource.themes().stream().filter(themes::contains)
                .map(t -> snapshot.themes().containsKey(t) ? snapshot.themes().get(t).title() : t).toList();
        StringBuilder why = new StringBuilder(developed.isEmpty() ? "aimed at a red flag of " + need.competencyTitle()
                : "develops " + String.join(" and ", developed) + ", a theme of " + need.competencyTitle());
        List<String> aimedAt = resource.addresses().stream().filter(need.flagged()::containsKey)
                .map(need.flagged()::get).sorted().toList();
        if (!aimedAt.isEmpty()) {
            why.append("; designed to change \"").append(String.join("\", \"", aimedAt)).append("\", which was observed");
        }
        if (resource.audiences().contains(need.audience())) {
            why.append("; aimed at ").append(need.audience().label());
        }
        return why.append("; ").append(resource.mode().label()).toString();
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
