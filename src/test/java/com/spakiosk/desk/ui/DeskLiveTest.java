package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An open desk follows the calendar live: a booking made elsewhere (the kiosk, another desk)
 * appears by server push, without a reload and without closing the panel the clerk has open.
 */
@WithMockUser(roles = "FRONT_DESK")
class DeskLiveTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    final LocalDate monday = DemoSpaIds.freshMonday();

    /** A kiosk guest holds and confirms (on the test's thread, as another session would). */
    long bookedAtTheKiosk(LocalDate day, String time, String therapist, String owner) {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("LYMPHATIC").id(),
                ids.variant("LYMPHATIC", 45), List.of(), DemoSpaIds.at(day, time), ids.therapist(therapist),
                ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), owner, new Guest("Jana", "+4915123456780", null), null);
        return held.bookingId();
    }

    static boolean shows(long bookingId) {
        return _find(Div.class, spec -> spec.withClasses("desk-block")).stream()
                .anyMatch(d -> String.valueOf(bookingId).equals(d.getElement().getAttribute("data-booking")));
    }

    /** Lets the pushed UI updates run (Karibu runs them on the test thread) until the condition holds. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return false;
    }

    @Test
    void a_booking_made_at_the_kiosk_appears_on_the_open_desk_without_a_reload() throws Exception {
        UI.getCurrent().navigate("desk/" + monday);
        assertThat(_find(Div.class, spec -> spec.withClasses("desk-block"))).isEmpty();
        long booked = bookedAtTheKiosk(monday, "10:00", "ANNA", "live-1");
        assertThat(within(Duration.ofSeconds(1), () -> shows(booked))).isTrue();
    }

    @Test
    void an_open_booking_panel_stays_open_while_the_calendar_behind_it_redraws() throws Exception {
        long first = bookedAtTheKiosk(monday, "10:00", "ANNA", "live-2");
        UI.getCurrent().navigate("desk/" + monday);
        _click(DeskViewTest.block(first));
        BookingPanel panel = _get(BookingPanel.class);
        long second = bookedAtTheKiosk(monday, "12:00", "MIRA", "live-3");
        assertThat(within(Duration.ofSeconds(1), () -> shows(second))).isTrue();
        assertThat(panel.isOpened()).isTrue();
        assertThat(_get(BookingPanel.class)).isSameAs(panel);
        assertThat(DeskViewTest.panelText()).contains("Jana");
    }

    @Test
    void a_change_on_another_day_leaves_the_shown_day_as_it_is() throws Exception {
        UI.getCurrent().navigate("desk/" + monday);
        DayCalendar before = _get(DayCalendar.class);
        long elsewhere = bookedAtTheKiosk(DemoSpaIds.freshMonday(), "10:00", "ANNA", "live-4");
        long here = bookedAtTheKiosk(monday, "14:00", "ANNA", "live-5");
        assertThat(within(Duration.ofSeconds(1), () -> shows(here))).isTrue();
        assertThat(_get(DayCalendar.class)).isNotSameAs(before);
        DayCalendar redrawn = _get(DayCalendar.class);
        bookedAtTheKiosk(DemoSpaIds.freshMonday(), "10:00", "ANNA", "live-6");
        assertThat(within(Duration.ofMillis(600), () -> _get(DayCalendar.class) != redrawn)).isFalse();
        assertThat(shows(elsewhere)).isFalse();
    }
}
