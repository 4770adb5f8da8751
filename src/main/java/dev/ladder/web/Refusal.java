package dev.ladder.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import dev.ladder.security.CurrentUser;

/**
 * What a refusal by a handler's {@code @PreAuthorize} says, for pages and the API alike: who the
 * request is for, and who the caller is signed in as, instead of Spring's "Access Denied".
 */
public final class Refusal {

    private static final Pattern ROLE = Pattern.compile("'([A-Z]+)'");

    private Refusal() {
    }

    /** "This page is for ANALYST and ADMIN; you are signed in as lnd with the role(s) LND." */
    public static String of(String what, HandlerMethod handler, CurrentUser user) {
        return what + " is for " + String.join(" and ", rolesOf(handler)) + "; you are signed in as "
                + user.username() + " with the role(s) " + String.join(", ", user.roles().stream().map(Enum::name)
                .sorted().toList()) + ".";
    }

    /** The role names of the handler's {@code @PreAuthorize} (method, else class), as the refusal says them. */
    static List<String> rolesOf(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return List.of("other roles");
        }
        Matcher m = ROLE.matcher(rule.value());
        List<String> roles = new ArrayList<>();
        while (m.find()) {
            roles.add(m.group(1));
        }
        return roles.isEmpty() ? List.of("other roles") : roles;
    }
}
