package dev.ladder.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import dev.ladder.LadderProperties;
import dev.ladder.organisation.Organisation;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may call what. Health, info and the API description are open; everything else needs a
 * signed-in user: HTTP Basic against local accounts ({@code ladder.security.mode=local}, the default)
 * or an OpenID Connect / OAuth2 bearer token ({@code oidc}, roles from a configurable claim).
 * Role-wide rules are in {@link RoleRule}, each with the sentence its refusals give; per-person rules
 * are in {@link Access}. This chain answers only the API's addresses ({@link #API}); the web pages have
 * their own chain with form sign-in, sessions and CSRF ({@link PageSecurityConfiguration}). Only for the web server: batch runs without one (the command line) sign
 * nobody in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {


    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    Accounts accounts(SecurityProperties properties, Organisation organisation, PasswordEncoder encoder,
                      LadderProperties ladder, @Value("${ladder.store.type:tdb2}") String storeType,
                      @Value("${ladder.demo.password:}") String demoPassword) {
        Boolean demoEnabled = ladder.demo().enabled();
        boolean demoAccounts = properties.demoAccounts() != null ? properties.demoAccounts()
                : demoEnabled != null ? demoEnabled : "tdb2".equals(storeType);
        String hash = demoAccounts && "local".equals(properties.mode())
                ? DemoPassword.hash(demoPassword, ladder.dataDir(), encoder) : null;
        return new Accounts(properties, organisation, hash);
    }

    /** The addresses the API chain answers; everything else is a page ({@link PageSecurityConfiguration}). */
    static final String[] API = {"/api/**", "/actuator/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
            "/swagger-ui.html"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, Accounts accounts,
                            PasswordEncoder encoder) throws Exception {
        http.securityMatcher(API)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/v3/api-docs",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(RoleRule.REPORTS.matchers()).hasAnyRole(RoleRule.REPORTS.roleNames())
                        .requestMatchers(RoleRule.RULES.matchers()).hasAnyRole(RoleRule.RULES.roleNames())
                        .requestMatchers(RoleRule.AUDIT.matchers()).hasAnyRole(RoleRule.AUDIT.roleNames())
                        .requestMatchers(RoleRule.IMPORTS.matchers()).hasAnyRole(RoleRule.IMPORTS.roleNames())
                        .requestMatchers(RoleRule.ERASURE.matchers()).hasAnyRole(RoleRule.ERASURE.roleNames())
                        .requestMatchers(RoleRule.STORE.matchers()).hasAnyRole(RoleRule.STORE.roleNames())
                        .requestMatchers(RoleRule.MANAGEMENT.matchers()).hasAnyRole(RoleRule.MANAGEMENT.roleNames())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
        if ("oidc".equals(properties.mode())) {
            http.oauth2ResourceServer(o -> o.jwt(jwt -> jwt.jwtAuthenticationConverter(roles(properties)))
                    .authenticationEntryPoint(unauthorized()));
        } else if ("local".equals(properties.mode())) {
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
            provider.setPasswordEncoder(encoder);
            http.authenticationProvider(provider)
                    .httpBasic(basic -> basic.realmName("Ladder").authenticationEntryPoint(unauthorized()));
        } else {
            throw new IllegalStateException("ladder.security.mode must be 'local' or 'oidc', not '" + properties.mode() + "'");
        }
        return http.build();
    }

    /** Roles from the configured claim (a list or a space-separated string of EMPLOYEE, MANAGER, …). */
    static Converter<Jwt, AbstractAuthenticationToken> roles(SecurityProperties properties) {
        return jwt -> {
            Object claim = jwt.getClaims().get(properties.rolesClaim());
            List<String> names = claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
            List<GrantedAuthority> authorities = names.stream().map(n -> n.toUpperCase(java.util.Locale.ROOT))
                    .filter(n -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(n)))
                    .map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n)).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }

    /**
     * 401. No credentials at all: sign in. Credentials that did not sign anyone in: the same answer for
     * an unknown user as for a wrong password, so that user names cannot be guessed.
     */
    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ladder\"");
            String detail;
            if (e instanceof BadCredentialsException || e instanceof UsernameNotFoundException) {
                detail = "The user name or password is wrong";
            } else if (e instanceof OAuth2AuthenticationException oauth) {
                detail = "The bearer token was not accepted"
                        + (oauth.getError().getDescription() == null ? "" : ": " + oauth.getError().getDescription());
            } else if (e instanceof InsufficientAuthenticationException) {
                detail = "Sign in first: HTTP Basic with a Ladder account, or a bearer token";
            } else {
                detail = "Sign-in failed: " + e.getMessage();
            }
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, request.getRequestURI());
        };
    }

    /**
     * 403 from a role-wide rule: which rule refused the request and why, and the roles the caller has.
     * Per-person refusals ({@link Access}) carry their own message.
     */
    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            String detail = RoleRule.refusing(request)
                    .map(rule -> rule.refusal() + "; " + roles(SecurityContextHolder.getContext().getAuthentication()))
                    .orElse(e.getMessage() == null || "Access Denied".equals(e.getMessage())
                            ? "Your role does not allow this" : e.getMessage());
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail, request.getRequestURI());
        };
    }

    private static String roles(Authentication authentication) {
        if (authentication == null) {
            return "you are not signed in";
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
        return authentication.getName() + " has "
                + (roles.isEmpty() ? "no role" : "the role(s) " + String.join(", ", roles));
    }

    /**
     * Requests Spring Security's firewall rejects (a raw {@code ..}, an encoded {@code .} or {@code %},
     * a {@code ;}) answer 400 with a problem detail saying why, not Spring Boot's default error body.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> problem(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request",
                e.getMessage().replaceAll("\\.$", "") + ". Expected a normalised path: no '.' or '..' segments,"
                        + " '//', ';', or encoded '.', '/', '\\' or '%'", null);
    }

    static void problem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(ProblemJson.of(status, title, detail, instance));
    }
}
