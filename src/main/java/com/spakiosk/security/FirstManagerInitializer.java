package com.spakiosk.security;

import com.spakiosk.base.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first manager comes from the environment
 * ({@code SPA_INITIAL_MANAGER_USERNAME} and {@code _PASSWORD}); it is created once, only while
 * no manager exists. A password the policy refuses stops the start at once, in one sentence
 * ({@link InitialManagerFailureAnalyzer}), rather than later with a stack trace. Outside the demo, a
 * start with no manager account and no first manager configured stops too: nobody could sign in
 * to manage the spa. (Compose passes the password through without insisting on it, so that
 * {@code docker compose up -d db} works without it: this is where it is required.)
 */
@Component
@Order(1)
class FirstManagerInitializer implements ApplicationRunner {

    private final StaffAccountService accounts;
    private final String username;
    private final String password;
    private final DemoMode demo;

    FirstManagerInitializer(StaffAccountService accounts, DemoMode demo,
                            @Value("${spa.security.initial-manager.username:}") String username,
                            @Value("${spa.security.initial-manager.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.demo = demo;
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
            if (!demo.isOn() && !accounts.hasEnabledManager()) {
                throw new FirstManagerMissingException(username.isBlank() ? "SPA_INITIAL_MANAGER_USERNAME" : "SPA_INITIAL_MANAGER_PASSWORD");
            }
            return;
        }
        accounts.createFirstManager(username, password); // logged as a security event, pseudonymised
    }

    /** The first manager's configured username or password breaks the policy; names the variable. */
    static class InitialManagerRefusedException extends IllegalStateException {

        private final String variable;

        InitialManagerRefusedException(String variable, String why) {
            this(variable, why, true);
        }

        private InitialManagerRefusedException(String variable, String message, boolean refused) {
            super(refused ? variable + " is refused: " + message : message);
            this.variable = variable;
        }

        String variable() {
            return variable;
        }
    }

    /** No manager account exists, and none is configured: the spa could never be managed. */
    static class FirstManagerMissingException extends InitialManagerRefusedException {

        FirstManagerMissingException(String variable) {
            super(variable, "No manager account exists yet and " + variable + " is empty, so nobody could sign in to manage the spa", false);
        }
    }
}
