package dev.ladder.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as loaded: themes, resources, and how each council's competencies and levels map
 * onto themes and audiences. Immutable; replaced whole after each ontology load.
 *
 * @param competencyThemes framework id → competency id → theme ids
 * @param levelAudiences   framework id → level id → audience
 * @param index            built from the other components (the argument is ignored: pass null)
 */
public record CatalogueSnapshot(Map<String, Theme> themes, List<LearningResource> resources,
                                Map<String, Map<String, List<String>>> competencyThemes,
                                Map<String, Map<String, Audience>> levelAudiences, CatalogueIndex index) {

    static final CatalogueSnapshot EMPTY = new CatalogueSnapshot(Map.of(), List.of(), Map.of(), Map.of());

    public CatalogueSnapshot {
        themes = Map.copyOf(themes);
        resources = List.copyOf(resources);
        competencyThemes = Map.copyOf(competencyThemes);
        levelAudiences = Map.copyOf(levelAudiences);
        index = new CatalogueIndex(resources, competencyThemes);
    }

    public CatalogueSnapshot(Map<String, Theme> themes, List<LearningResource> resources,
                             Map<String, Map<String, List<String>>> competencyThemes,
                             Map<String, Map<String, Audience>> levelAudiences) {
        this(themes, resources, competencyThemes, levelAudiences, null);
    }

    /** The types of its resources ("coaching", "course"…), sorted. */
    public List<String> resourceTypes() {
        return index.types();
    }

    public List<String> themesOf(String framework, String competency) {
        return competencyThemes.getOrDefault(framework, Map.of()).getOrDefault(competency, List.of());
    }

    public Optional<Audience> audienceOf(String framework, String levelId) {
        return Optional.ofNullable(levelAudiences.getOrDefault(framework, Map.of()).get(levelId));
    }
}
