package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Production sign-in: roles and employee id come from the configured claims of a bearer token. */
class TokenRolesTest {

    private final SecurityProperties properties = new SecurityProperties("oidc", Path.of("none.csv"), false, false,
            "ladder_roles", "staff_number");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rolesAndEmployeeIdComeFromTheConfiguredClaims() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject("jo.lewis")
                .claim("ladder_roles", List.of("manager", "Employee", "not-a-role")).claim("staff_number", "MK0004").build();

        SecurityContextHolder.getContext().setAuthentication(SecurityConfiguration.roles(properties).convert(token));
        CurrentUser user = new CurrentUsers(properties).current();

        assertThat(user.username()).isEqualTo("jo.lewis");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
        assertThat(user.employeeId()).isEqualTo("MK0004");
    }

    @Test
    void aSpaceSeparatedClaimWorksAndATokenWithoutRolesHasNone() {
        Jwt spaced = Jwt.withTokenValue("t").header("alg", "RS256").subject("a").claim("ladder_roles", "lnd analyst").build();
        Jwt none = Jwt.withTokenValue("t").header("alg", "RS256").subject("b").build();

        assertThat(SecurityConfiguration.roles(properties).convert(spaced).getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_LND", "ROLE_ANALYST");
        assertThat(SecurityConfiguration.roles(properties).convert(none).getAuthorities()).isEmpty();
    }
}
