package dev.ladder.assessment.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a name in a rule refers to, known from the fact field it is compared with: {@code framework}
 * holds a framework id, {@code text} a behaviour as the council writes it, {@code level} a level's
 * rank, and so on.
 */
enum Kind {
    FRAMEWORK("framework"),
    COMPETENCY("competency id"),
    COMPETENCY_TITLE("competency"),
    INDICATOR("behaviour id"),
    BEHAVIOUR("behaviour"),
    RESOURCE("learning resource"),
    RESOURCE_TYPE("learning resource type"),
    THEME("learning theme"),
    /** A level's rank, written as a number ({@code level == 4}), not as a string like the others. */
    LEVEL("level");

    /**
     * The facts whose {@code level} is a level's rank (see {@code fact/}; only {@code Employee} has a
     * {@code nextLevel}). Elsewhere, in a {@code Map} say, a field called level may hold anything.
     */
    private static final Set<String> LEVELLED = Set.of("employee", "expectation", "nextlevelbehaviour", "observation");

    private final String noun;

    Kind(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }

    /** Whether its names are numbers: a rule compares them unquoted ({@code level == 4}). */
    boolean numeric() {
        return this == LEVEL;
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
            case "level" -> LEVELLED.contains(type) ? LEVEL : null;
            case "nextLevel" -> type.equals("employee") ? LEVEL : null;
            default -> null;
        });
    }
}
