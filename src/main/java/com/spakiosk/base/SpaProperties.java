package com.spakiosk.base;

import java.time.ZoneId;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the one spa this installation serves.
 *
 * @param name     shown on the kiosk's welcome screen
 * @param zone     the spa's time zone: days, shifts and slots are computed in it
 * @param currency the currency of every price on the menu
 * @param country  the spa's country (ISO 3166), for phone numbers given without +country
 */
@ConfigurationProperties("spa")
public record SpaProperties(
        @DefaultValue("Still Waters Foot Spa") String name,
        @DefaultValue("Europe/Berlin") ZoneId zone,
        @DefaultValue("EUR") Currency currency,
        @DefaultValue("DE") String country) {

    public SpaProperties {
        // SpaSettingsCheck names SPA_COUNTRY before the start gets this far; this keeps the value object honest.
        if (!SpaSettingsCheck.isCountry(country)) {
            throw new IllegalArgumentException("spa.country must be an ISO 3166 two-letter country code: " + country);
        }
    }
}
