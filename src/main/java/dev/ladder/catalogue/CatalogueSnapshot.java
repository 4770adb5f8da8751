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
 */
public record CatalogueSnapshot(Map<String, Theme> themes, List<LearningResource> resources,
                                Map<String, Map<String, List<String>>> competencyThemes,
                                Map<String, Map<String, Audience>> levelAudiences) {

    static final CatalogueSnapshot EMPTY = new CatalogueSnapshot(Map.of(), List.of(), Map.of(), Map.of());

    public CatalogueSnapshot {
        themes = Map.copyOf(themes);
        resources = List.copyOf(resources);
        competencyThemes = Map.copyOf(competencyThemes);
        levelAudiences = Map.copyOf(levelAudiences);
    }

    public List<String> themesOf(String framework, String competency) {
        return competencyThemes.getOrDefault(framework, Map.of()).getOrDefault(competency, List.of());
    }

    public Optional<Audience> audienceOf(String framework, String levelId) {
        return Optional.ofNullable(levelAudiences.getOrDefault(framework, Map.of()).get(levelId));
    }
}
