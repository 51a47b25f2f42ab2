package com.spakiosk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first-manager username or password into one sentence naming the variable,
 * instead of a stack trace (issue 7, point 9). The message never contains the password.
 */
public class InitialManagerFailureAnalyzer
        extends AbstractFailureAnalyzer<FirstManagerInitializer.InitialManagerRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstManagerInitializer.InitialManagerRefusedException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Set " + cause.variable() + " to a value that meets the policy (README, Security), and start again.",
                null);
    }
}
