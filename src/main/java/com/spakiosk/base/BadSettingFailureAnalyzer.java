package com.spakiosk.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** A spa setting that breaks its rule ({@link SpaSettingsCheck}), in one sentence naming the variable. */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BadSettingFailureAnalyzer extends AbstractFailureAnalyzer<SpaSettingsCheck.BadSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SpaSettingsCheck.BadSettingException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Correct " + cause.variable() + " (README, Profiles and settings), or remove it for the default, and start again.",
                null);
    }
}
