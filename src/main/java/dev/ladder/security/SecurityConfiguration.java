package dev.ladder.security;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import dev.ladder.LadderProperties;
import dev.ladder.organisation.Organisation;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may call what. Health, info and the API description are open; everything else needs a
 * signed-in user: HTTP Basic against local accounts ({@code ladder.security.mode=local}, the default)
 * or an OpenID Connect / OAuth2 bearer token ({@code oidc}, roles from a configurable claim).
 * Role-wide rules are here; per-person rules are in {@link Access}. Only for the web server: batch
 * runs without one (the command line) sign nobody in.
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

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, Accounts accounts,
                            PasswordEncoder encoder) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/api/reports/**").hasAnyRole("LND", "ADMIN")
                        .requestMatchers("/api/rules/**", "/api/ontology/**").hasAnyRole("ANALYST", "ADMIN")
                        .requestMatchers("/api/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/employees/import", "/api/reviews/import").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/employees/**").hasRole("ADMIN")
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

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ladder\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in first: HTTP Basic with a Ladder account, or a bearer token", request.getRequestURI());
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                e.getMessage() == null ? "Your role does not allow this" : e.getMessage(), request.getRequestURI());
    }

    static void problem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + escape(title) + "\",\"status\":" + status + ",\"detail\":\""
                + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\"}");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
