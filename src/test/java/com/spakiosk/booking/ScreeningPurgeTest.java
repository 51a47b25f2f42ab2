package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Health flags, and the consent time that proves a guest disclosed a condition, are kept while
 * the desk and therapist need them and deleted 30 days after the appointment.
 */
@SpringTest
class ScreeningPurgeTest {

    @Autowired BookingService bookings;
    @Autowired Retention retention;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long bookWithFlag(LocalDate day) {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(day, "10:00"), ids.therapist("ANNA"), ids.room("LINDEN"),
                "purge-test", BookingChannel.KIOSK, Set.of("BLOOD_THINNERS")));
        return bookings.confirm(held.bookingId(), "purge-test", new Guest("Olga", null, "o@example.org"),
                new ScreeningConsent(Set.of("BLOOD_THINNERS"), clock.instant())).bookingId();
    }

    int flags(long booking) {
        return jdbc.queryForObject("select count(*) from booking_screening_flag where booking_id = ?", Integer.class, booking);
    }

    Object consentAt(long booking) {
        return jdbc.queryForObject("select screening_consent_at from booking where id = ?", Object.class, booking);
    }

    @Test
    void the_consent_time_is_kept_for_thirty_days_and_then_cleared_with_the_flags() {
        LocalDate day = DemoSpaIds.freshMonday();
        long booking = bookWithFlag(day);

        clock.advance(Duration.between(clock.instant(), at(day, "10:30").plus(Duration.ofDays(29))));
        retention.purgeScreeningData();
        assertThat(consentAt(booking)).as("29 days after").isNotNull();

        clock.advance(Duration.ofDays(2));
        assertThat(retention.purgeScreeningData()).isPositive();
        assertThat(consentAt(booking)).as("31 days after").isNull();
        assertThat(flags(booking)).isZero();
        assertThat(retention.purgeScreeningData()).as("a second run finds nothing left to do").isZero();
    }

    @Test
    void flags_are_kept_for_thirty_days_after_the_appointment_and_then_deleted() {
        LocalDate day = DemoSpaIds.freshMonday();
        long booking = bookWithFlag(day);
        assertThat(flags(booking)).isEqualTo(1);

        clock.advance(Duration.between(clock.instant(), at(day, "10:30").plus(Duration.ofDays(29))));
        retention.purgeScreeningData();
        assertThat(flags(booking)).as("29 days after").isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        retention.purgeScreeningData();
        assertThat(flags(booking)).as("31 days after").isZero();
        assertThat(jdbc.queryForObject("select screening_review_required from booking where id = ?", Boolean.class, booking))
                .isFalse();
    }
}
