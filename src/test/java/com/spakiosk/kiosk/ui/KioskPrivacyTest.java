package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.DemoSpaIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A guest who walks away is warned, then forgotten: the hold released and the session ended. */
class KioskPrivacyTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static KioskView kiosk() {
        return _get(KioskView.class);
    }

    /** Seconds pass, with the browser's poll arriving every second. */
    void secondsPass(int seconds) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            KioskFlowTest.poll();
        }
    }

    /** 08:58 on a quiet Monday: the relaxing foot ritual, no extras, all "No", the earliest time held. */
    void holdTheEarliestTimeOfAQuietMonday() {
        LocalDate monday = DemoSpaIds.freshMonday();
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "08:58")));
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Tap to start");
        _click(KioskFlowTest.card("RELAXING_FOOT"));
        KioskFlowTest.tap("Continue");
        KioskFlowTest.tap("Continue");
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
    }

    static String countdown() {
        return _get(_get(IdleWarning.class), Paragraph.class).getText();
    }

    @Test
    void an_untouched_welcome_screen_needs_no_warning() {
        UI.getCurrent().navigate(KioskView.class);
        kiosk().idle();
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void a_welcome_screen_in_another_language_is_a_guest_s_screen() {
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Deutsch");
        kiosk().idle();
        assertThat(_get(IdleWarning.class).isOpened()).isTrue();
    }

    @Test
    void after_inactivity_a_warning_counts_down_and_i_am_still_here_keeps_everything() {
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Tap to start");
        _click(KioskFlowTest.card("RELAXING_FOOT"));
        kiosk().idle();
        var warning = _get(IdleWarning.class);
        assertThat(warning.isOpened()).isTrue();
        secondsPass(1);
        assertThat(countdown()).isEqualTo("To protect your privacy, we will start over in 19 seconds.");
        secondsPass(18);
        assertThat(countdown()).isEqualTo("To protect your privacy, we will start over in 1 second.");
        _click(_get(Button.class, spec -> spec.withText("I am still here")));
        assertThat(warning.isOpened()).isFalse();
        secondsPass(5);
        assertThat(KioskFlowTest.total()).startsWith("Total €36.00 · 30 min");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1); // no timer left running
    }

    @Test
    void when_the_countdown_ends_the_hold_is_released_and_everything_is_forgotten() {
        holdTheEarliestTimeOfAQuietMonday();
        long hold = kiosk().flow().hold().bookingId();

        kiosk().idle();
        secondsPass(20);
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, hold)).isEqualTo("EXPIRED");
        assertThat(kiosk().flow().chosenTreatment()).isNull();
        assertThat(kiosk().step()).isEqualTo(KioskStep.WELCOME);
    }

    @Test
    void a_found_booking_on_screen_is_wiped_after_inactivity_like_any_guest_screen() {
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Find my booking");
        kiosk().idle();
        assertThat(_get(IdleWarning.class).isOpened()).isTrue();
        secondsPass(20);
        assertThat(kiosk().step()).isEqualTo(KioskStep.WELCOME);
    }

    @Test
    void every_screen_but_the_untouched_welcome_falls_under_the_idle_wipe() {
        for (KioskStep step : KioskStep.values()) {
            boolean wiped = step != KioskStep.WELCOME;
            assertThat(KioskView.isGuestScreen(step, java.util.Locale.ENGLISH)).as(step.name()).isEqualTo(wiped);
        }
    }

    @Test
    void after_finish_the_done_screen_s_timer_is_gone_and_the_next_guest_gets_the_full_countdown() {
        holdTheEarliestTimeOfAQuietMonday();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("First name"))
                .setValue("Emma");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("E-mail"))
                .setValue("emma@example.org");
        KioskFlowTest.tap("Continue");
        KioskFlowTest.tap("Book now");
        KioskFlowTest.tap("Finish");

        // The next guest starts, then walks away while the old 30-second return would have fired.
        KioskFlowTest.tap("Tap to start");
        _click(KioskFlowTest.card("LYMPHATIC"));
        kiosk().idle();
        secondsPass(19);
        assertThat(_get(IdleWarning.class).isOpened()).isTrue();
        assertThat(kiosk().flow().chosenTreatment().code()).isEqualTo("LYMPHATIC");
        secondsPass(1);
        assertThat(kiosk().step()).isEqualTo(KioskStep.WELCOME);
    }
}
