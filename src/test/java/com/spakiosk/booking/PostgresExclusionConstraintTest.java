package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.spakiosk.SpringTest;
import com.spakiosk.TestProfiles;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second line of defence, PostgreSQL only (./mvnw test -Ppostgres): even SQL that bypasses
 * the application cannot put two live bookings on one therapist or room at once.
 */
@SpringTest
class PostgresExclusionConstraintTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    final LocalDate monday = DemoSpaIds.freshMonday();
    long existing;

    @BeforeEach
    void aHeldSlot() {
        assumeTrue(TestProfiles.onPostgres(), "exclusion constraints exist on PostgreSQL only");
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(monday, "10:00"), ids.therapist("ANNA"),
                ids.room("LINDEN"), "constraint-test", BookingChannel.KIOSK, Set.of()));
        existing = held.bookingId(); // busy 10:00-10:40 including turnover
    }

    @Test
    void a_raw_insert_overlapping_a_live_hold_of_the_same_therapist_fails_with_23P01() {
        assertThatThrownBy(() -> insert("ANNA", "BIRCH", "10:20", "10:50", "CONFIRMED"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(BookingService.isOverlapConstraint(e)).isTrue());
    }

    @Test
    void a_raw_insert_overlapping_in_the_same_room_fails_too() {
        assertThatThrownBy(() -> insert("LENA", "LINDEN", "09:50", "10:10", "CONFIRMED"))
                .satisfies(e -> assertThat(BookingService.isOverlapConstraint(e)).isTrue());
    }

    @Test
    void an_adjacent_booking_is_allowed_because_ranges_are_half_open() {
        insert("ANNA", "LINDEN", "10:40", "11:20", "CONFIRMED");
    }

    @Test
    void cancelled_rows_do_not_count() {
        insert("ANNA", "LINDEN", "10:00", "10:40", "CANCELLED");
    }

    private void insert(String therapist, String room, String from, String until, String status) {
        Instant now = Instant.now();
        jdbc.update("""
                insert into booking (reference_code, status, channel, treatment_id, variant_id, therapist_id, room_id,
                    starts_at, ends_at, blocked_until, guest_first_name, guest_email, price_amount, currency,
                    screening_review_required, created_at, created_by, updated_at, updated_by, version)
                values (?, ?, 'DESK', ?, ?, ?, ?, ?, ?, ?, 'Raw', 'raw@example.org', 36.00, 'EUR', false, ?, 'sql', ?, 'sql', 0)""",
                new ReferenceCode().next(), status, ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                ids.therapist(therapist), ids.room(room), Timestamp.from(at(monday, from)),
                Timestamp.from(at(monday, until).minusSeconds(600)), Timestamp.from(at(monday, until)),
                Timestamp.from(now), Timestamp.from(now));
    }
}
