package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A guest record follows the contact retention of its bookings: once the guest's last booking
 * ended more than 24 months ago, name, contact and notes are forgotten; a guest with a recent
 * booking keeps them. Past bookings are written straight to the table, as in
 * {@link ContactRetentionTest}.
 */
@SpringTest
class GuestRetentionTest {

    @Autowired BookingRepository repository;
    @Autowired GuestDirectory directory;
    @Autowired Retention retention;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired PastBookings past;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A completed booking of this guest that ended {@code months} months ago (at {@code hour}), linked to their record. */
    long completed(Guest guest, int months, int hour) {
        Instant end = clock.instant().atZone(ContactRetentionTest.ZONE).minusMonths(months).withHour(hour)
                .toInstant().truncatedTo(ChronoUnit.MINUTES);
        Booking booking = past.completed(end, guest);
        return tx.execute(status -> {
            booking.linkGuest(directory.link(guest, booking.getStartsAt().minus(Duration.ofDays(2))));
            return repository.saveAndFlush(booking).getGuestId();
        });
    }

    /**
     * The contact purges only: the screening purge with a moved clock would also forget the demo
     * spa's screening flags, which other tests read.
     */
    void purgeContacts() {
        retention.anonymiseGuestContacts();
        retention.anonymiseGuests();
    }

    Map<String, Object> guest(long id) {
        return jdbc.queryForMap("select first_name, last_name, phone, email, notes, version from guest where id = ?", id);
    }

    @Test
    void a_guest_whose_last_booking_is_25_months_old_is_anonymised_and_the_row_stays_for_reports() {
        String phone = GuestRecordsTest.freshPhone();
        long gone = completed(new Guest("Olga", "Petrova", phone, GuestRecordsTest.freshEmail()), 25, 10);
        jdbc.update("update guest set notes = 'Likes lavender' where id = ?", gone);

        retention.purge(); // the nightly purge, at the real clock

        assertThat(guest(gone)).containsEntry("first_name", Retention.ANONYMISED_NAME).containsEntry("last_name", null)
                .containsEntry("phone", null).containsEntry("email", null).containsEntry("notes", null);
        assertThat(jdbc.queryForObject("select count(*) from booking where guest_id = ?", Integer.class, gone))
                .isEqualTo(1);
    }

    @Test
    void a_guest_with_one_old_and_one_recent_booking_keeps_their_record_until_the_recent_one_is_old() {
        String phone = GuestRecordsTest.freshPhone();
        long guest = completed(new Guest("Vera", phone, null), 30, 10);
        assertThat(completed(new Guest("Vera", phone, null), 23, 11)).isEqualTo(guest);

        purgeContacts();
        assertThat(guest(guest)).containsEntry("first_name", "Vera").containsEntry("phone", phone);

        clock.advance(Duration.ofDays(62));
        purgeContacts();
        assertThat(guest(guest)).containsEntry("first_name", Retention.ANONYMISED_NAME).containsEntry("phone", null);
    }

    @Test
    void purging_twice_changes_an_anonymised_guest_once_and_the_next_booking_with_that_phone_makes_a_new_guest() {
        String phone = GuestRecordsTest.freshPhone();
        long gone = completed(new Guest("Rita", phone, null), 25, 10);
        purgeContacts();
        long version = ((Number) guest(gone).get("version")).longValue();
        assertThat(retention.anonymiseGuests()).isZero();
        assertThat(((Number) guest(gone).get("version")).longValue()).isEqualTo(version);

        long back = completed(new Guest("Rita", phone, null), 1, 10);
        assertThat(back).isNotEqualTo(gone);
        assertThat(guest(back)).containsEntry("phone", phone);
    }
}
