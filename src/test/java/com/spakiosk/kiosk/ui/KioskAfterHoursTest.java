package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.DemoSpaIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosk at odd hours, on a quiet Monday of the demo spa: Anna 9-17, Lena 9-15, Mira 12-20
 * and Daniel 8-14 work on Mondays; on Tuesday Daniel starts at 8:00, Anna at 9:00.
 */
class KioskAfterHoursTest extends KaribuTest {

    @Autowired TestClock clock;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void openAt(String time) {
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, time)));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
    }

    static String dayNotice() {
        return _get(Paragraph.class, spec -> spec.withClasses("kiosk-day-notice")).getText();
    }

    @Test
    void after_closing_the_welcome_screen_says_when_the_spa_opens_again() {
        openAt("20:43");
        assertThat(_find(Button.class, spec -> spec.withClasses("kiosk-soon__item"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-soon__note")).getText())
                .isEqualTo("We are closed now. We open again tomorrow, 8:00\u202fAM.");
    }

    @Test
    void after_closing_the_options_show_no_finishing_time() {
        openAt("20:43");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        assertThat(KioskFlowTest.total()).isEqualTo("Total €36.00 · 30 min");
    }

    @Test
    void after_closing_the_times_open_on_tomorrow_and_say_that_today_is_over() {
        openAt("20:43");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        tap("Continue");
        assertThat(dayNotice()).isEqualTo("We are closed for today. The earliest time is tomorrow, 9:00\u202fAM.");
        assertThat(_find(Button.class, spec -> spec.withClasses("kiosk-day")).stream()
                .filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed"))).map(Button::getText))
                .containsExactly("Tomorrow");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText())
                .isEqualTo("9:00\u202fAM with any therapist");
    }

    @Test
    void a_therapist_done_for_the_day_while_the_spa_is_open_means_no_time_left_today() {
        openAt("14:50");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        tap("Continue");
        @SuppressWarnings("unchecked")
        Select<Long> therapist = _get(Select.class);
        long lena = therapist.getListDataView().getItems()
                .filter(id -> id != 0L && therapist.getItemLabelGenerator().apply(id).startsWith("Lena")).findFirst()
                .orElseThrow();
        _setValue(therapist, lena);
        assertThat(dayNotice()).startsWith("There is no free time left today. The earliest time is ")
                .endsWith(", 9:00\u202fAM.");
    }
}
