package dev.ladder.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The role-wide rules: which requests only some roles may make, and what a refusal says. The same
 * matchers configure Spring Security ({@link SecurityConfiguration}) and find the sentence for a 403,
 * so a refusal always names the rule that refused it.
 */
enum RoleRule {
    REPORTS("Reports are for LND and ADMIN", null, List.of(Role.LND, Role.ADMIN), "/api/reports/**"),
    RULES("The rules and the ontology are for ANALYST and ADMIN", null, List.of(Role.ANALYST, Role.ADMIN),
            "/api/rules/**", "/api/ontology/**"),
    AUDIT("Only ADMIN may read the audit trail", null, List.of(Role.ADMIN), "/api/audit/**"),
    IMPORTS("Only ADMIN may import people or reviews", HttpMethod.POST, List.of(Role.ADMIN),
            "/api/employees/import", "/api/reviews/import"),
    ERASURE("Only ADMIN may erase a person", HttpMethod.DELETE, List.of(Role.ADMIN), "/api/employees/**"),
    STORE("Only ADMIN may see, compact or back up the store", null, List.of(Role.ADMIN), "/api/admin/store/**",
            "/api/admin/store"),
    /** Health and info stay open (SecurityConfiguration lets them through first); metrics, once exposed, are not. */
    MANAGEMENT("Only ADMIN may read the service's metrics and other management endpoints", null, List.of(Role.ADMIN),
            "/actuator/**");

    private final String refusal;
    private final List<Role> roles;
    private final RequestMatcher[] matchers;

    RoleRule(String refusal, HttpMethod method, List<Role> roles, String... patterns) {
        this.refusal = refusal;
        this.roles = roles;
        this.matchers = Arrays.stream(patterns)
                .map(p -> PathPatternRequestMatcher.withDefaults().matcher(method, p)).toArray(RequestMatcher[]::new);
    }

    /** The sentence a refusal by this rule gives. */
    String refusal() {
        return refusal;
    }

    RequestMatcher[] matchers() {
        return matchers.clone();
    }

    String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    /** The rule that applies to {@code request} (the first that matches, as in Spring Security), if any. */
    static Optional<RoleRule> refusing(HttpServletRequest request) {
        return Arrays.stream(values()).filter(rule -> Arrays.stream(rule.matchers).anyMatch(m -> m.matches(request)))
                .findFirst();
    }
}
