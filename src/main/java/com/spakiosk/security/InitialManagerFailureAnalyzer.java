package com.spakiosk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import com.spakiosk.security.FirstManagerInitializer.FirstManagerMissingException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first-manager username or password into one sentence naming the variable,
 * instead of a stack trace (issue 7, point 9). The message never contains the password.
 */
public class InitialManagerFailureAnalyzer
        extends AbstractFailureAnalyzer<FirstManagerInitializer.InitialManagerRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstManagerInitializer.InitialManagerRefusedException cause) {
        String action = cause instanceof FirstManagerMissingException
                ? "Set SPA_INITIAL_MANAGER_USERNAME (e.g. manager) and SPA_INITIAL_MANAGER_PASSWORD (12 or more characters, "
                        + "README, Security) for the first manager, and start again."
                : "Set " + cause.variable() + " to a value that meets the policy (README, Security), and start again.";
        return new FailureAnalysis(cause.getMessage() + ".", action, null);
    }
}
