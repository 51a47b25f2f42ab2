package com.spakiosk.security;

import com.spakiosk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. The kiosk is anonymous; views and services declare their roles
 * ({@code @AnonymousAllowed}, {@code @RolesAllowed}); only the health probe and the static
 * stylesheets are open besides.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** OWASP ASVS 2.4.4: bcrypt with a work factor of at least 10. */
    static final int MIN_BCRYPT_STRENGTH = 10;

    /**
     * The tightest policy the Vaadin 25.0 production bundle runs under: its bootstrap page starts
     * the client engine with an inline script, and the engine turns the expressions the server
     * sends (executeJs, event data) into functions, hence 'unsafe-inline' 'unsafe-eval' for
     * scripts (Vaadin's "Content Security Policy" page; a nonce-based strict policy needs Flow
     * 25.4). Lumo sets inline styles. Everything else is our own origin only; the QR code is a
     * data: image; nothing may frame us, no plugins, forms post only to us. (decision 0010)
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** No page of ours needs these; a kiosk browser must never ask for them. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    /**
     * The Prometheus scrape: a manager's account only, with HTTP Basic (a scraper cannot fill in
     * the sign-in form), no session. Never public: the counters say how busy the spa is.
     * Everything else goes to {@link #securityFilterChain}. (README, Metrics)
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.MANAGER))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // read-only GET, no session, no cookie to ride on
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**")
                .permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Eagerly: Vaadin's pages are forwarded to its servlet, and the container then
                // commits the response past Spring's wrapper, so lazily written headers were lost.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Unmatched paths reach Vaadin's router, which shows the friendly "no such page" instead of
        // a bare 403; every view still declares its roles and every service checks them again.
        // (docs/decisions/0007)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /** The 12-hour limit of a staff session, and its account still enabled and unchanged, checked before Spring Security sees the request. */
    @Bean
    FilterRegistrationBean<StaffSessionLifetimeFilter> staffSessionLifetimeFilter(Clock clock, SecurityEvents events,
                                                                                  StaffAccountService accounts) {
        var registration = new FilterRegistrationBean<>(new StaffSessionLifetimeFilter(clock, events,
                accounts::sessionStamp));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${spa.security.bcrypt-strength:12}") int strength) {
        if (strength < MIN_BCRYPT_STRENGTH) {
            throw new IllegalStateException("spa.security.bcrypt-strength must be at least " + MIN_BCRYPT_STRENGTH);
        }
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    AuthenticationProvider staffAuthenticationProvider(StaffAccountService accounts, PasswordEncoder encoder,
                                                       LoginThrottleService throttle, SecurityEvents events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts::loadUser);
        passwordCheck.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwordCheck, throttle, events, accounts::recordSignIn);
    }
}
