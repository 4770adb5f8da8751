package dev.ladder.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may open which web page, and how people sign in to the pages: a form at {@code /login} against
 * the same local accounts as the API ({@code ladder.security.mode=local}), or the identity provider's
 * sign-in (OAuth2 / OpenID Connect login, {@code ladder.security.mode=oidc} with a client registration
 * under {@code spring.security.oauth2.client.registration.*}). Pages keep a session cookie, every form
 * carries a CSRF token, and every answer sends a Content-Security-Policy without {@code unsafe-inline}.
 * Which role may open a page is said on its controller ({@code @PreAuthorize}); whose data a person may
 * see is decided by {@link Access}, as for the API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class PageSecurityConfiguration {

    /**
     * Scripts, styles, fonts and images only from Ladder itself: no inline script or style, nothing
     * from another site, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityProperties properties, Accounts accounts,
                              PasswordEncoder encoder, ObjectProvider<ClientRegistrationRepository> clients)
            throws Exception {
        // After sign-in, back to the page asked for, at its own address (no "?continue" added to it)
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        // Only a page is worth going back to: a GET that asks for HTML. A font or script the sign-in
        // page's own style sheet asked for (GOV.UK Frontend's CSS names /assets/fonts/, which is not
        // served) is not, and sent people there after they signed in.
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && html.matches(request));
        http.requestCache(c -> c.requestCache(requestCache))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/webjars/**", "/ladder/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedHandler(forbidden()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out").permitAll());
        if ("oidc".equals(properties.mode())) {
            if (clients.getIfAvailable() != null) {
                http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", false)
                        .userInfoEndpoint(u -> u.userAuthoritiesMapper(oidcRoles(properties))));
            } else {
                // No client registration: nobody can sign in to the pages; /login says why (README)
                http.formLogin(f -> f.disable());
            }
        } else {
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
            provider.setPasswordEncoder(encoder);
            http.authenticationProvider(provider)
                    .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                            .failureUrl("/login?error").permitAll());
        }
        return http.build();
    }

    @Bean
    SignInOptions signInOptions(SecurityProperties properties, Accounts accounts,
                                ObjectProvider<ClientRegistrationRepository> clients,
                                dev.ladder.LadderProperties ladder) {
        if ("oidc".equals(properties.mode())) {
            List<SignInOptions.Provider> providers = new java.util.ArrayList<>();
            if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
                for (Object r : registrations) {
                    org.springframework.security.oauth2.client.registration.ClientRegistration registration =
                            (org.springframework.security.oauth2.client.registration.ClientRegistration) r;
                    providers.add(new SignInOptions.Provider(registration.getClientName(),
                            "/oauth2/authorization/" + registration.getRegistrationId()));
                }
            }
            return new SignInOptions(false, null, providers, providers.isEmpty()
                    ? "ladder.security.mode=oidc, but no client registration is configured"
                    + " (spring.security.oauth2.client.registration.*; see the README)" : null);
        }
        String demoHint = accounts.demoAccounts()
                ? "Demo accounts: admin, lnd, analyst, or an employee id from the register (for example "
                + "a manager's). The password is in " + ladder.dataDir().resolve(DemoPassword.PASSWORD_FILE)
                .toAbsolutePath().normalize() + " unless ladder.demo.password sets it."
                : null;
        return new SignInOptions(true, demoHint, List.of(), null);
    }

    /**
     * Roles for a person who signed in through the identity provider: from the same claim as bearer
     * tokens ({@code ladder.security.roles-claim}), read from the ID token and the user-info answer.
     */
    static GrantedAuthoritiesMapper oidcRoles(SecurityProperties properties) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object claim = oidc.getIdToken().getClaims().get(properties.rolesClaim());
                    if (claim == null && oidc.getUserInfo() != null) {
                        claim = oidc.getUserInfo().getClaims().get(properties.rolesClaim());
                    }
                    List<String> names = claim instanceof Collection<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
                    for (String name : names) {
                        for (Role role : Role.values()) {
                            if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                                mapped.add(new SimpleGrantedAuthority(role.authority()));
                            }
                        }
                    }
                }
            }
            return mapped;
        };
    }

    /**
     * A page the role-wide rules refuse: the error page (403) says why. (Refusals inside a page's
     * controller, by {@code @PreAuthorize} or {@link Access}, are rendered by the pages' error advice.)
     */
    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> response.sendError(403,
                e.getMessage() == null || "Access Denied".equals(e.getMessage())
                        ? "Your role does not allow this page" : e.getMessage());
    }
}
