package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.settings.SettingsFixture;
import com.spakiosk.settings.SpaSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A holiday the manager closed: the kiosk says the spa is closed that day and offers no times on it. */
class KioskClosedDateTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired SettingsFixture settings;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void restore() {
        settings.restore();
        clock.reset();
    }

    @Test
    void on_a_closed_date_the_welcome_screen_says_when_the_spa_opens_and_that_day_has_no_times() {
        settings.change(s -> {
            var closed = new ArrayList<>(s.closedDates());
            closed.add(new SpaSettings.ClosedDate(monday, "Holiday"));
            return s.edited(s.week(), closed, s.turnover(), s.walkInLead(), s.guestCancelCutoff());
        });
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "10:00")));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-soon__note")).getText())
                .isEqualTo("We are closed now. We open again tomorrow, 8:00\u202fAM.");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        tap("Continue");
        _click(_find(Button.class, spec -> spec.withClasses("kiosk-day")).getFirst());
        assertThat(_get(Div.class, spec -> spec.withClasses("kiosk-times")).getElement().getTextRecursively())
                .isEqualTo("We are closed on this day. Please choose another day.");
    }
}
