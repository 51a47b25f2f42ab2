package com.spakiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every language has every text, and a browser language we lack falls back to English. */
class TranslationsTest {

    private final SpaI18NProvider i18n = new SpaI18NProvider();

    @Test
    void every_language_has_exactly_the_keys_of_english() throws Exception {
        Properties english = load("");
        for (Locale language : SpaI18NProvider.LANGUAGES.subList(1, SpaI18NProvider.LANGUAGES.size())) {
            Properties other = load("_" + language.getLanguage());
            assertThat(other.stringPropertyNames()).as(language.getDisplayLanguage())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            other.forEach((key, value) -> assertThat((String) value).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void a_language_we_do_not_offer_gets_english() {
        Locale.setDefault(Locale.GERMANY); // the JVM's own language must not leak into the UI
        try {
            assertThat(i18n.getTranslation("login.submit", Locale.FRENCH)).isEqualTo("Sign in");
            assertThat(i18n.getTranslation("login.submit", Locale.ENGLISH)).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    @Test
    void german_and_russian_are_translated_and_parameters_are_filled_in() {
        assertThat(i18n.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Anmelden");
        assertThat(i18n.getTranslation("login.submit", Locale.of("ru"))).isEqualTo("Войти");
        assertThat(i18n.getTranslation("kiosk.card.minutes", Locale.ENGLISH, 45)).isEqualTo("45 min");
    }

    @Test
    void a_missing_key_is_visible_instead_of_failing() {
        assertThat(i18n.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String suffix) throws Exception {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
