package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's day calendar: columns, blocks, holds, marks, and a day and view kept in the address. */
@WithMockUser(roles = "FRONT_DESK")
class DeskViewTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long book(String time, String therapist, String room, String owner, boolean confirm) {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("LYMPHATIC").id(),
                ids.variant("LYMPHATIC", 45), List.of(), DemoSpaIds.at(monday, time), ids.therapist(therapist),
                ids.room(room), owner, BookingChannel.KIOSK, Set.of()));
        if (confirm) {
            bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null);
        }
        return held.bookingId();
    }

    void open(String path) {
        UI.getCurrent().navigate(path);
    }

    static List<String> headers() {
        return _find(Div.class, spec -> spec.withClasses("desk-header")).stream()
                .map(d -> d.getElement().getTextRecursively()).filter(t -> !t.isBlank()).toList();
    }

    static Div block(long bookingId) {
        return _find(Div.class, spec -> spec.withClasses("desk-block")).stream()
                .filter(d -> String.valueOf(bookingId).equals(d.getElement().getAttribute("data-booking")))
                .findFirst().orElseThrow(() -> new AssertionError("no block for booking " + bookingId));
    }

    @Test
    void the_day_shows_the_therapists_who_work_as_columns_and_a_booking_as_a_block_with_status_in_words() {
        long booked = book("10:00", "ANNA", "LINDEN", "desk-view-1", true);
        open("desk/" + monday);
        assertThat(headers()).contains("Anna Keller", "Daniel Hoffmann", "Lena Fischer", "Mira Novak")
                .doesNotContain("Jonas Weber");
        String text = block(booked).getElement().getTextRecursively();
        assertThat(text).contains("Ines", "Lymphatic drainage · 45 min", "Linden room", "Booked");
        assertThat(block(booked).getStyle().get("grid-row")).isEqualTo("10 / 13"); // 10:00-10:45 from 08:00
    }

    @Test
    void a_live_hold_is_drawn_dashed_and_says_until_when_it_is_held() {
        long held = book("11:00", "LENA", "BIRCH", "desk-view-2", false);
        open("desk/" + monday);
        assertThat(block(held).getClassNames()).contains("status-held");
        assertThat(block(held).getElement().getTextRecursively()).contains("Held at the kiosk until");
    }

    @Test
    void the_room_view_has_a_column_per_room_and_the_address_keeps_day_and_view() {
        long booked = book("12:00", "MIRA", "WILLOW", "desk-view-3", true);
        UI.getCurrent().navigate("desk/" + monday, com.vaadin.flow.router.QueryParameters.of("by", "room"));
        assertThat(headers()).contains("Linden room", "Birch room", "Willow room");
        assertThat(block(booked).getElement().getTextRecursively()).contains("Mira Novak");
        _click(_get(Button.class, spec -> spec.withText("Next day")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("desk/" + monday.plusDays(1) + "?by=room");
        _click(_get(Button.class, spec -> spec.withText("By therapist")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("desk/" + monday.plusDays(1));
    }

    @Test
    void a_day_that_cannot_be_read_from_the_address_opens_today() {
        open("desk/not-a-date");
        assertThat(_get(H1.class).getText()).isNotBlank();
        _get(Div.class, spec -> spec.withClasses("desk-calendar"));
    }
}
