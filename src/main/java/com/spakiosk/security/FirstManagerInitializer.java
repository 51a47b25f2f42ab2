package com.spakiosk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first manager comes from the environment
 * ({@code SPA_SECURITY_INITIAL_MANAGER_USERNAME} and {@code _PASSWORD}); it is created once,
 * only while no manager exists.
 */
@Component
@Order(1)
class FirstManagerInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstManagerInitializer.class);

    private final StaffAccountService accounts;
    private final String username;
    private final String password;

    FirstManagerInitializer(StaffAccountService accounts,
                            @Value("${spa.security.initial-manager.username:}") String username,
                            @Value("${spa.security.initial-manager.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.createFirstManager(username, password)) {
            log.info("Created the first manager account '{}' from configuration", username);
        }
    }
}
