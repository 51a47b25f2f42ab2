package com.spakiosk.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Checks the spa's own settings before anything else starts (no bean, no database, no web server),
 * so that a wrong value stops the start with one sentence naming the variable and its rule
 * ({@link BadSettingFailureAnalyzer}) instead of a binding report or a stack trace. Runs as the context is
 * prepared: the configuration files are read by then, so it sees what the app would bind.
 */
public class SpaSettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        check("SPA_ZONE", environment.getProperty("spa.zone"));
        check("SPA_CURRENCY", environment.getProperty("spa.currency"));
        check("SPA_COUNTRY", environment.getProperty("spa.country"));
    }

    /** Throws {@link BadSettingException} when the value breaks the variable's rule; null means the default. */
    static void check(String variable, String value) {
        if (value == null) {
            return;
        }
        switch (variable) {
            case "SPA_ZONE" -> {
                if (!isZone(value)) {
                    throw new BadSettingException(variable, value, "a time zone of the IANA database such as Europe/Berlin");
                }
            }
            case "SPA_CURRENCY" -> {
                if (!isCurrency(value)) {
                    throw new BadSettingException(variable, value, "an ISO 4217 currency code such as EUR or CHF");
                }
            }
            case "SPA_COUNTRY" -> {
                if (!isCountry(value)) {
                    throw new BadSettingException(variable, value, "an ISO 3166 two-letter country code such as DE, AT or CH");
                }
            }
            default -> throw new IllegalArgumentException("no rule for " + variable);
        }
    }

    /** A region zone (Europe/Berlin) or a fixed offset; not an unknown name. */
    static boolean isZone(String value) {
        try {
            ZoneId.of(value.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean isCurrency(String value) {
        try {
            Currency.getInstance(value.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Two letters of ISO 3166-1 (any case: the phone check upper-cases it). */
    public static boolean isCountry(String value) {
        return value != null && COUNTRIES.contains(value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before other initializers: nothing has started yet
    }

    /** A spa setting breaks its rule; names the environment variable and the rule. */
    public static class BadSettingException extends IllegalStateException {

        private final String variable;

        BadSettingException(String variable, String value, String rule) {
            super(variable + " is '" + value + "', which is not " + rule);
            this.variable = variable;
        }

        public String variable() {
            return variable;
        }
    }
}
