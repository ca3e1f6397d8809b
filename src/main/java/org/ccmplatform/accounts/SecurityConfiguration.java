package org.ccmplatform.accounts;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Two ways in: the pages with form login, a session and CSRF protection; the API, stateless, with HTTP Basic or a
 * personal access token. The same roles and the same scope rules apply to both. Lives here rather than in the web
 * package because it is made of this module's parts (accounts, lock-out, tokens).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LANGUAGE_COOKIE = "ccm-lang";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {
        "/", "/states", "/states/**", "/organisations", "/organisations/**", "/meetings", "/meetings/**", "/coalitions",
        "/coalitions/**", "/obligations", "/obligations/**", "/extension-requests", "/extension-requests/**",
        "/transparency", "/transparency/**", "/assistance", "/assistance/**", "/finance", "/finance/contributions.csv",
        "/sponsorship", "/sponsorship/years/**", "/sponsorship/meetings/**", "/presidency", "/presidency/**",
        "/committee", "/committee/**", "/themes", "/themes/**", "/universalization", "/universalization/states/*",
        "/action-plan", "/action-plan/**", "/login",
        "/error", "/webjars/**",
        "/css/**", "/js/**", "/favicon.svg", "/favicon.ico", "/actuator/health", "/actuator/health/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccountService accounts, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/states", "/api/v1/states/**", "/api/v1/treaties",
                                "/api/v1/organisations", "/api/v1/organisations/**", "/api/v1/meetings", "/api/v1/meetings/**",
                                "/api/v1/coalitions", "/api/v1/coalitions/**", "/api/v1/obligations",
                                "/api/v1/obligations/**", "/api/v1/transparency-reports/**", "/api/v1/needs",
                                "/api/v1/needs/**", "/api/v1/pledges", "/api/v1/funding-gaps", "/api/v1/finance/summary",
                                "/api/v1/contributions", "/api/v1/sponsorship/years/*", "/api/v1/sponsorship/meetings/*",
                                "/api/v1/presidencies", "/api/v1/coordination-committee", "/api/v1/operational-plans",
                                "/api/v1/universalization/states", "/api/v1/universalization/states/*",
                                "/api/v1/action-plan/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new AccessTokenFilter(accounts, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    /** The API documentation UI: public and read-only; its bundled script sets inline styles, so those are allowed. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, LocaleResolver localeResolver, UserAccounts accounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ISU_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(rememberLanguage(localeResolver, accounts))
                        .failureHandler(failure()))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .csrf(withDefaults());
        return http.build();
    }

    /** After sign-in, use the language the person chose in their profile unless they chose one on this device. */
    private static AuthenticationSuccessHandler rememberLanguage(LocaleResolver localeResolver,
            UserAccounts accounts) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            Cookie chosen = WebUtils.getCookie(request, LANGUAGE_COOKIE);
            if (chosen == null) {
                accounts.findByUsername(authentication.getName())
                        .ifPresent(a -> localeResolver.setLocale(request, response, a.language().locale()));
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }
}
