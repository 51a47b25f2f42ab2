package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A guest finds and cancels their booking with code plus a second factor; guessing is throttled. */
class FindBookingTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void forgetFailedLookUps() {
        jdbc.update("delete from login_throttle"); // a fresh kiosk for other tests (the keys are hashed)
        clock.reset();
    }

    String bookFarAhead() {
        String owner = "find-test-" + java.util.UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"),
                ids.therapist("ANNA"), ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null)
                .referenceCode();
    }

    void lookUp(String code, String factor) {
        UI.getCurrent().navigate(KioskView.class);
        KioskFlowTest.tap("Find my booking");
        search(code, factor);
    }

    void search(String code, String factor) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Booking code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Last 4 digits of your phone number, or your e-mail")), factor);
        KioskFlowTest.tap("Find");
    }

    @Test
    void a_guest_finds_the_booking_with_code_and_last_four_digits_and_cancels_it() {
        String code = bookFarAhead();
        lookUp(code.toLowerCase(), "6789");
        _get(Paragraph.class, spec -> spec.withText("Your booking is confirmed."));
        KioskFlowTest.tap("Cancel this booking");
        _get(Paragraph.class, spec -> spec.withText("Your booking is cancelled. We hope to see you another time."));
        assertThat(jdbc.queryForObject("select status from booking where reference_code = ?", String.class, code))
                .isEqualTo("CANCELLED");
    }

    @Test
    void a_wrong_second_factor_finds_nothing_and_says_so_calmly() {
        String code = bookFarAhead();
        lookUp(code, "1234");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                .isEqualTo("We could not find a booking with these details. Please check them.");
    }

    @Test
    void a_prankster_s_typos_pause_the_kiosk_only_briefly_and_the_right_details_work_again_after() {
        String code = bookFarAhead();
        lookUp("ZZZZZ2", "0000");
        for (int i = 1; i < 10; i++) {
            search("ZZZZ" + "23456789".charAt(i % 8) + "23456789".charAt(i / 8), "0000");
        }
        search(code, "6789");
        assertThat(problem()).isEqualTo("Too many attempts. Please try again in 2 minutes, or ask at the front desk.");
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        search(code, "6789");
        _get(Paragraph.class, spec -> spec.withText("Your booking is confirmed."));
    }

    @Test
    void one_booking_code_cannot_be_guessed_at() {
        String code = bookFarAhead();
        lookUp(code, "0000");
        for (int i = 1; i < 5; i++) {
            search(code, "000" + i);
        }
        search(code, "6789");
        assertThat(problem()).startsWith("Too many attempts.");
    }

    @Test
    void after_a_find_the_fields_are_locked_and_cancel_acts_on_the_booking_found_not_on_what_is_typed_later() {
        String found = bookFarAhead();
        String other = bookFarAhead();
        lookUp(found, "6789");
        var codeField = _get(TextField.class, spec -> spec.withLabel("Booking code"));
        assertThat(codeField.isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Last 4 digits of your phone number, or your e-mail"))
                .isReadOnly()).isTrue();
        // A tampered client writes the other booking's code into the field anyway, then taps Cancel.
        codeField.setValue(other);
        KioskFlowTest.tap("Cancel this booking");
        assertThat(status(found)).isEqualTo("CANCELLED");
        assertThat(status(other)).isEqualTo("CONFIRMED");
    }

    @Test
    void search_again_clears_the_booking_from_the_screen() {
        String code = bookFarAhead();
        lookUp(code, "6789");
        KioskFlowTest.tap("Search again");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Your booking is confirmed."))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Booking code")).getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Booking code")).isReadOnly()).isFalse();
    }

    String status(String code) {
        return jdbc.queryForObject("select status from booking where reference_code = ?", String.class, code);
    }

    static String problem() {
        return _get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText();
    }
}
