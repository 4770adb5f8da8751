package dev.ladder.security;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A problem detail as JSON text, for the places that answer before Spring MVC can (the security
 * filters' refusals, the web layer's request-size filter and Tomcat's error report valve): the same
 * {@code {type, title, status, detail, instance}} shape as every other error.
 */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    public static String of(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsString(problem);
    }
}
