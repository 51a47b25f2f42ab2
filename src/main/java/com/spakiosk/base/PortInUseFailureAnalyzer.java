package com.spakiosk.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A busy port named with the variable that moves it: Spring's own message speaks of "configuring
 * this application", and an operator sets {@code PORT}. Ordered before Spring's analyzer.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis("Port " + cause.getPort() + " is already in use by another program (PORT).",
                "Stop the program that listens on port " + cause.getPort()
                        + " (perhaps another copy of the app), or set PORT to a free port, and start again.",
                null);
    }
}
