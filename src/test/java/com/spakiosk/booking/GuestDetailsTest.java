package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The booking service refuses guest details with hidden characters even when they never went
 * through the kiosk form (a tampered client sends whatever it likes): nothing is written.
 */
@SpringTest
class GuestDetailsTest {

    static final String OWNER = "guest-details-test";

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long hold() {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(monday, "10:00"), ids.therapist("ANNA"),
                ids.room("LINDEN"), OWNER, BookingChannel.KIOSK, Set.of()));
        return held.bookingId();
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                select status, reference_code, guest_first_name, guest_phone, guest_email, version
                from booking where id = ?""", id);
    }

    @Test
    void a_first_name_with_a_bidi_override_is_refused_and_the_hold_stays_as_it_was() {
        long hold = hold();
        var before = row(hold);
        assertThatThrownBy(() -> bookings.confirm(hold, OWNER, new Guest("Anna\u202E", null, "anna@example.org"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First name must not contain control or invisible formatting characters");
        assertThat(row(hold)).isEqualTo(before).containsEntry("status", "HELD").containsEntry("guest_first_name", null);
    }

    @Test
    void an_email_address_with_a_nul_character_is_refused_and_nothing_is_stored() {
        long hold = hold();
        var before = row(hold);
        assertThatThrownBy(() -> bookings.confirm(hold, OWNER, new Guest("Anna", null, "a\u0000@x.de"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("E-mail must not contain control or invisible formatting characters");
        assertThat(row(hold)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from booking_history where booking_id = ?", Integer.class, hold))
                .isZero();
    }

    @Test
    void a_zero_width_space_in_a_phone_number_is_refused_too() {
        assertThatThrownBy(() -> new Guest("Anna", "+49151\u200B12345678", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Phone must not contain");
    }
}
