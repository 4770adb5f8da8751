package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * {@code ladder.security.mode=oidc}: the pages sign in through the identity provider (OAuth2 login with
 * OpenID Connect), tested against a real OIDC issuer on loopback (mock-oauth2-server), configured as
 * the README says. Roles and the employee id come from the ID token's claims, as for bearer tokens.
 */
class OidcSignInPageTest extends PageTest {

    private static final String ISSUER = "council";
    private static final MockOAuth2Server IDP = new MockOAuth2Server();

    static {
        IDP.start();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String issuer = IDP.issuerUrl(ISSUER).toString();
        registry.add("ladder.security.mode", () -> "oidc");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.client.registration.council.client-id", () -> "ladder");
        registry.add("spring.security.oauth2.client.registration.council.client-secret", () -> "ladder-secret");
        registry.add("spring.security.oauth2.client.registration.council.client-name", () -> "your council account");
        registry.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> issuer);
    }

    @AfterAll
    void stopIssuer() {
        IDP.shutdown();
    }

    @Test
    void peopleSignInThroughTheIdentityProviderWithRolesFromItsClaims() {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jo.lewis", "JWT", List.of("ladder"),
                Map.of("roles", List.of("LND"), "employee_id", "MK0004"), 3600));

        signedOut().open("/dashboard");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.all("#username")).as("no password form in oidc mode").isEmpty();
        browser.clickAndWait("a[href='/oauth2/authorization/council']");

        // Back from the issuer: signed in as the token's subject, with its roles and employee id
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.text("header")).contains("Signed in as jo.lewis");
        assertThat(browser.all(".govuk-service-navigation__link")).extracting(e -> e.getText())
                .contains("My development", "Dashboard").doesNotContain("Imports", "Rules");
        browser.check("login-oidc");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signed-out");
        browser.open("/dashboard");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
