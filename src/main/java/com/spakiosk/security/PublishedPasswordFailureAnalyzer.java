package com.spakiosk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence why the app refused to start with demo logins, and what to do instead. */
public class PublishedPasswordFailureAnalyzer
        extends AbstractFailureAnalyzer<PublishedPasswordGuard.PublishedPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublishedPasswordGuard.PublishedPasswordException cause) {
        return new FailureAnalysis(
                "The staff accounts " + String.join(", ", cause.usernames())
                        + " still have the demo passwords published in the README, and the demo profile is off.",
                "To keep using this demo database, start with the demo profile (SPRING_PROFILES_ACTIVE=demo, as "
                        + "./mvnw does); for a real spa, start on an empty database with SPA_INITIAL_MANAGER_USERNAME "
                        + "and SPA_INITIAL_MANAGER_PASSWORD set.",
                cause);
    }
}
