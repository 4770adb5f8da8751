package dev.ladder.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object and records a problem, with its path, for each one missing,
 * of the wrong type or not expected at all. Problems of nested objects go into the same list.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final List<ReviewProblem> problems;
    private final boolean object;

    Fields(JsonNode node, String path, Set<String> allowed) {
        this(node, path, allowed, new ArrayList<>());
    }

    private Fields(JsonNode node, String path, Set<String> allowed, List<ReviewProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.object = node.isObject();
        if (!object) {
            problems.add(new ReviewProblem(path, "expected an object, found " + kind(node)));
            return;
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field)) {
                problems.add(new ReviewProblem(path + "." + field,
                        "unknown field; expected one of " + allowed.stream().sorted().toList()));
            }
        }
    }

    List<ReviewProblem> problems() {
        return problems;
    }

    String requiredText(String field) {
        if (!object) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new ReviewProblem(path + "." + field, "required; expected a non-empty string"));
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(new ReviewProblem(path + "." + field, "expected a non-empty string, found " + kind(value)));
            return null;
        }
        return value.asString();
    }

    String optionalText(String field) {
        if (!object) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new ReviewProblem(path + "." + field, "expected a string, found " + kind(value)));
            return null;
        }
        return value.asString();
    }

    Integer requiredInt(String field) {
        if (!object) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new ReviewProblem(path + "." + field, "required; expected a whole number"));
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new ReviewProblem(path + "." + field, "expected a whole number, found " + kind(value)));
            return null;
        }
        return value.asInt();
    }

    /** Hands each element of an optional array of objects, as fields of its own, and its position to {@code each}. */
    void optionalArray(String field, Set<String> allowed, ObjIntConsumer<Fields> each) {
        if (!object) {
            return;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            problems.add(new ReviewProblem(path + "." + field, "expected an array, found " + kind(value)));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            each.accept(new Fields(value.get(i), path + "." + field + "[" + i + "]", allowed, problems), i);
        }
    }

    private static String kind(JsonNode value) {
        if (value.isString()) {
            return "the string \"" + value.asString() + "\"";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + value;
        }
        return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
