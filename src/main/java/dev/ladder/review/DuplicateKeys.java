package dev.ladder.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds keys given twice in one JSON object. A tree reader keeps the last value, so
 * {@code {"employeeId": "A", "employeeId": "B"}} would silently be a review of B; Ladder refuses it.
 * Done as a pass over the tokens of well-formed JSON (rather than Jackson's strict duplicate
 * detection, which stops at the first and says so only in its message), so that every duplicate is
 * reported with its JSON path. {@link ReviewReader} runs it only on a body that Jackson's detection has
 * refused, so a body without repeats is read once.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** A problem for each duplicate key of {@code body}, which must be well-formed JSON. */
    static List<ReviewProblem> in(JsonMapper json, String body) {
        List<ReviewProblem> problems = new ArrayList<>();
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> open.push(new HashSet<>());
                    case END_OBJECT -> open.pop();
                    case PROPERTY_NAME -> {
                        if (!open.peek().add(parser.currentName())) {
                            problems.add(new ReviewProblem(path(parser.streamReadContext()), "duplicate key '"
                                    + parser.currentName() + "' (line " + parser.currentTokenLocation().getLineNr()
                                    + "); expected each key once in an object"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return problems;
    }

    /** {@code $.ratings[0].competency} for the context of a property name. */
    private static String path(TokenStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            steps.push(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.currentName());
        }
        return "$" + String.join("", steps);
    }
}
