package dev.ladder.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Finds out who the current request is from, whether they signed in locally or with a token. */
@Component
public class CurrentUsers {

    private final SecurityProperties properties;

    CurrentUsers(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The person of the current request; a user with no roles when nobody is signed in. */
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new CurrentUser("anonymous", Set.of(), null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().forEach(a -> {
            for (Role role : Role.values()) {
                if (role.authority().equals(a.getAuthority())) {
                    roles.add(role);
                }
            }
        });
        String employeeId = null;
        if (authentication.getPrincipal() instanceof LadderUser user) {
            employeeId = user.employeeId();
        } else if (authentication.getPrincipal() instanceof Jwt jwt) {
            employeeId = jwt.getClaimAsString(properties.employeeClaim());
        } else if (authentication.getPrincipal() instanceof OAuth2User oauth) {
            // Signed in to the pages through the identity provider (OIDC login)
            Object claim = oauth.getAttributes().get(properties.employeeClaim());
            employeeId = claim == null ? null : claim.toString();
        }
        return new CurrentUser(authentication.getName(), roles, employeeId);
    }
}
