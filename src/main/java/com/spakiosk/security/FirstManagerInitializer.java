package com.spakiosk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first manager comes from the environment
 * ({@code SPA_INITIAL_MANAGER_USERNAME} and {@code _PASSWORD}); it is created once, only while
 * no manager exists. A password the policy refuses stops the start at once, in one sentence
 * ({@link InitialManagerFailureAnalyzer}), rather than later with a stack trace.
 */
@Component
@Order(1)
class FirstManagerInitializer implements ApplicationRunner {

    private final StaffAccountService accounts;
    private final String username;
    private final String password;

    FirstManagerInitializer(StaffAccountService accounts,
                            @Value("${spa.security.initial-manager.username:}") String username,
                            @Value("${spa.security.initial-manager.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        if (!username.isBlank() && !password.isBlank()) {
            check(username, password);
        }
    }

    static void check(String username, String password) {
        try {
            StaffAccount.normalizeUsername(username);
        } catch (IllegalArgumentException e) {
            throw new InitialManagerRefusedException("SPA_INITIAL_MANAGER_USERNAME", e.getMessage());
        }
        try {
            PasswordPolicy.check(password);
        } catch (PasswordPolicy.WeakPasswordException e) {
            throw new InitialManagerRefusedException("SPA_INITIAL_MANAGER_PASSWORD", e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        accounts.createFirstManager(username, password); // logged as a security event, pseudonymised
    }

    /** The first manager's configured username or password breaks the policy; names the variable. */
    static class InitialManagerRefusedException extends IllegalStateException {

        private final String variable;

        InitialManagerRefusedException(String variable, String why) {
            super(variable + " is refused: " + why);
            this.variable = variable;
        }

        String variable() {
            return variable;
        }
    }
}
