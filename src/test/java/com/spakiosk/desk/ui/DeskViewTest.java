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

    // ---------------------------------------------------------------- the booking panel

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    long bookWithReview(String time) {
        String owner = "desk-review-" + time;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of("BLOOD_THINNERS")));
        bookings.confirm(held.bookingId(), owner, new Guest("Olga", null, "olga@example.org"),
                new com.spakiosk.booking.ScreeningConsent(Set.of("BLOOD_THINNERS"), java.time.Instant.now()));
        return held.bookingId();
    }

    String status(long id) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, id);
    }

    static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static String panelText() {
        return _get(BookingPanel.class).getElement().getTextRecursively();
    }

    @Test
    void a_tap_on_a_block_opens_the_booking_and_check_in_moves_it_along_in_the_calendar_too() {
        long booked = book("13:00", "ANNA", "LINDEN", "desk-panel-1", true);
        open("desk/" + monday);
        _click(block(booked));
        assertThat(panelText()).contains("Ines", "+4915123456789", "Lymphatic drainage · 45 min", "Booked");
        tap("Check in");
        assertThat(status(booked)).isEqualTo("CHECKED_IN");
        assertThat(panelText()).contains("Arrived", "CHECKED_IN");
        assertThat(block(booked).getElement().getTextRecursively()).contains("Arrived");
    }

    @Test
    void a_change_by_someone_else_first_is_refused_calmly_and_the_panel_shows_the_booking_as_it_is_now() {
        long booked = book("14:00", "ANNA", "LINDEN", "desk-panel-2", true);
        open("desk/" + monday);
        _click(block(booked));
        long version = jdbc.queryForObject("select version from booking where id = ?", Long.class, booked);
        bookings.changeStatus(booked, version, com.spakiosk.booking.BookingStatus.NO_SHOW); // the other desk
        tap("Check in");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("desk-problem")).getText())
                .isEqualTo("Someone else changed this booking a moment ago. Here is how it looks now.");
        assertThat(panelText()).contains("No-show");
        assertThat(status(booked)).isEqualTo("NO_SHOW");
    }

    @Test
    void a_session_with_a_screening_review_starts_only_after_a_staff_member_clears_it() {
        long booked = bookWithReview("15:00");
        open("desk/" + monday);
        assertThat(block(booked).getElement().getTextRecursively()).contains("Review");
        _click(block(booked));
        tap("Check in");
        tap("Start session");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("desk-problem")).getText())
                .isEqualTo("Please clear the screening review before the session starts.");
        assertThat(status(booked)).isEqualTo("CHECKED_IN");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("What you checked with the guest")), "Spoke with the guest, no acute symptoms");
        tap("Clear review");
        tap("Start session");
        assertThat(status(booked)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForList("select action from booking_history where booking_id = ? order by id", String.class,
                booked)).containsSubsequence("CHECKED_IN", "REVIEW_CLEARED", "IN_PROGRESS");
        assertThat(jdbc.queryForObject("select actor from booking_history where booking_id = ? and action = 'REVIEW_CLEARED'",
                String.class, booked)).isEqualTo("user");
    }
}
