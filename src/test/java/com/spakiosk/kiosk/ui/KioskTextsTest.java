package com.spakiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.base.ui.SpaI18NProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts take each language's plural forms; day labels follow each language's own pattern. */
class KioskTextsTest {

    final SpaI18NProvider i18n = new SpaI18NProvider();
    static final Locale RUSSIAN = Locale.of("ru");

    String earliest(Locale language, int minutes) {
        return i18n.getTranslation("kiosk.time.earliestSoon", language, "9:15", "X", minutes);
    }

    @Test
    void english_says_one_minute_and_two_minutes() {
        assertThat(earliest(Locale.ENGLISH, 1)).endsWith("in 1 minute");
        assertThat(earliest(Locale.ENGLISH, 2)).endsWith("in 2 minutes");
    }

    @Test
    void german_says_eine_minute_and_minuten() {
        assertThat(earliest(Locale.GERMAN, 1)).endsWith("in 1 Minute");
        assertThat(earliest(Locale.GERMAN, 17)).endsWith("in 17 Minuten");
    }

    @Test
    void russian_takes_its_three_forms() {
        assertThat(earliest(RUSSIAN, 1)).endsWith("через 1 минуту");
        assertThat(earliest(RUSSIAN, 3)).endsWith("через 3 минуты");
        assertThat(earliest(RUSSIAN, 5)).endsWith("через 5 минут");
        assertThat(earliest(RUSSIAN, 11)).endsWith("через 11 минут");
        assertThat(earliest(RUSSIAN, 21)).endsWith("через 21 минуту");
    }

    @Test
    void the_idle_countdown_says_one_second_in_the_singular() {
        assertThat(i18n.getTranslation("kiosk.idle.countdown", Locale.ENGLISH, 1)).contains("in 1 second.");
    }

    @Test
    void day_buttons_use_each_language_s_own_pattern() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(new KioskFormats(null, Locale.ENGLISH, berlin).day(wednesday)).isEqualTo("Wed, Nov 25");
        assertThat(new KioskFormats(null, Locale.GERMAN, berlin).day(wednesday)).isEqualTo("Mi., 25. Nov.");
        assertThat(new KioskFormats(null, RUSSIAN, berlin).day(wednesday)).isEqualTo("ср, 25 нояб.");
    }
}
