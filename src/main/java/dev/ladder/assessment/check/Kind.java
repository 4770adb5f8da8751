package dev.ladder.assessment.check;

import java.util.Locale;
import java.util.Optional;

/**
 * What a name in a rule refers to, known from the fact field it is compared with: {@code framework}
 * holds a framework id, {@code text} a behaviour as the council writes it, and so on.
 */
enum Kind {
    FRAMEWORK("framework"),
    COMPETENCY("competency id"),
    COMPETENCY_TITLE("competency"),
    INDICATOR("behaviour id"),
    BEHAVIOUR("behaviour"),
    RESOURCE("learning resource"),
    RESOURCE_TYPE("learning resource type"),
    THEME("learning theme");

    private final String noun;

    Kind(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }

    /**
     * The kind of a fact field, if it names something of the ontology or the catalogue.
     *
     * @param objectType the fact the field belongs to, when known ("" otherwise): {@code type} is a
     *                   resource type only on a resource or recommendation
     */
    static Optional<Kind> ofField(String field, String objectType) {
        String type = objectType == null ? "" : objectType.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (field) {
            case "framework", "frameworkId" -> FRAMEWORK;
            case "competency", "competencyId" -> COMPETENCY;
            case "competencyTitle" -> COMPETENCY_TITLE;
            case "title" -> type.contains("resource") || type.contains("recommendation") || type.contains("theme")
                    ? null : COMPETENCY_TITLE;
            case "indicator", "indicatorId", "behaviour" -> INDICATOR;
            case "text", "behaviourText" -> BEHAVIOUR;
            case "resource", "resourceId" -> RESOURCE;
            case "resourceType" -> RESOURCE_TYPE;
            case "type" -> type.contains("resource") || type.contains("recommendation") ? RESOURCE_TYPE : null;
            case "theme", "themeId" -> THEME;
            default -> null;
        });
    }
}
