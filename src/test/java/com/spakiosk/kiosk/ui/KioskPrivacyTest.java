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

    @Test
    void an_untouched_welcome_screen_needs_no_warning() {
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).idle();
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void after_inactivity_a_warning_counts_down_and_i_am_still_here_keeps_everything() {
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Tap to start");
        _click(KioskFlowTest.card("RELAXING_FOOT"));
        var view = _get(KioskView.class);
        view.idle();
        var warning = _get(IdleWarning.class);
        assertThat(warning.isOpened()).isTrue();
        warning.tick();
        assertThat(_find(warning, com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .containsExactly("To protect your privacy, we will start over in 19 seconds.");
        _click(_get(Button.class, spec -> spec.withText("I am still here")));
        assertThat(warning.isOpened()).isFalse();
        assertThat(KioskFlowTest.total()).startsWith("Total €36.00 · 30 min");
    }

    @Test
    void when_the_countdown_ends_the_hold_is_released_and_everything_is_forgotten() {
        LocalDate monday = DemoSpaIds.freshMonday();
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "08:58")));
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Tap to start");
        _click(KioskFlowTest.card("RELAXING_FOOT"));
        KioskFlowTest.tap("Continue");
        KioskFlowTest.tap("Continue");
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        var view = _get(KioskView.class);
        long hold = view.draft.hold().bookingId();

        view.idle();
        var warning = _get(IdleWarning.class);
        for (int i = 0; i < 20; i++) {
            warning.tick();
        }
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, hold)).isEqualTo("EXPIRED");
        assertThat(view.draft.treatment()).isNull();
    }
}
