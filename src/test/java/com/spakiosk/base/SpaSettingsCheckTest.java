package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** Every invalid spa setting stops the start with one sentence naming the variable and its rule. */
class SpaSettingsCheckTest {

    @Test
    void a_country_that_is_not_an_iso_code_names_spa_country_and_the_rule() {
        FailureAnalysis analysis = analysisOf("SPA_COUNTRY", "Germany");
        assertThat(analysis.getDescription()).isEqualTo(
                "SPA_COUNTRY is 'Germany', which is not an ISO 3166 two-letter country code such as DE, AT or CH.");
        assertThat(analysis.getAction()).contains("SPA_COUNTRY");
    }

    @Test
    void an_unknown_time_zone_names_spa_zone_and_the_rule() {
        assertThat(analysisOf("SPA_ZONE", "Mars/Olympus").getDescription()).isEqualTo(
                "SPA_ZONE is 'Mars/Olympus', which is not a time zone of the IANA database such as Europe/Berlin.");
    }

    @Test
    void a_currency_that_is_not_an_iso_code_names_spa_currency_and_the_rule() {
        assertThat(analysisOf("SPA_CURRENCY", "EURO").getDescription()).isEqualTo(
                "SPA_CURRENCY is 'EURO', which is not an ISO 4217 currency code such as EUR or CHF.");
    }

    @Test
    void the_defaults_and_good_values_pass() {
        assertThatCode(() -> {
            SpaSettingsCheck.check("SPA_COUNTRY", "at");
            SpaSettingsCheck.check("SPA_ZONE", "Europe/Vienna");
            SpaSettingsCheck.check("SPA_CURRENCY", "CHF");
            SpaSettingsCheck.check("SPA_ZONE", null);
        }).doesNotThrowAnyException();
    }

    @Test
    void the_check_reads_the_settings_the_app_would_bind() {
        var context = new GenericApplicationContext();
        context.setEnvironment(new MockEnvironment().withProperty("spa.zone", "Europe/Berlin")
                .withProperty("spa.currency", "EUR").withProperty("spa.country", "XX"));
        assertThatThrownBy(() -> new SpaSettingsCheck().initialize(context))
                .isInstanceOfSatisfying(SpaSettingsCheck.BadSettingException.class,
                        e -> assertThat(e.variable()).isEqualTo("SPA_COUNTRY"));
    }

    @Test
    void the_spa_properties_refuse_a_country_that_is_not_an_iso_code() {
        assertThatThrownBy(() -> new SpaProperties("Spa", java.time.ZoneId.of("Europe/Berlin"),
                java.util.Currency.getInstance("EUR"), "Deutschland")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_port_in_use_names_port() {
        FailureAnalysis analysis = new PortInUseFailureAnalyzer().analyze(new RuntimeException(new PortInUseException(8080)));
        assertThat(analysis.getDescription()).isEqualTo("Port 8080 is already in use by another program (PORT).");
        assertThat(analysis.getAction()).contains("set PORT to a free port");
    }

    private static FailureAnalysis analysisOf(String variable, String value) {
        try {
            SpaSettingsCheck.check(variable, value);
        } catch (SpaSettingsCheck.BadSettingException e) {
            return new BadSettingFailureAnalyzer().analyze(new IllegalStateException(e));
        }
        throw new AssertionError(variable + "=" + value + " was accepted");
    }
}
