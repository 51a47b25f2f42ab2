package com.spakiosk.security;

import com.spakiosk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**")
                .permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Unmatched paths reach Vaadin's router, which shows the friendly "no such page" instead of
        // a bare 403; every view still declares its roles and every service checks them again.
        // (docs/decisions/0007)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
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
        return new ThrottlingAuthenticationProvider(passwordCheck, throttle, events);
    }
}
