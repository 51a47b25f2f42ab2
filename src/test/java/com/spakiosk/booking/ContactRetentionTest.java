package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A guest's name, phone and e-mail are kept for 24 months after the appointment, then
 * anonymised; what reports need stays. Past bookings are written straight to the table (the
 * service refuses times in the past), as COMPLETED so that runs on a reused PostgreSQL never
 * meet in its overlap constraint.
 */
@SpringTest
class ContactRetentionTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Autowired BookingRepository repository;
    @Autowired Retention retention;
    @Autowired RetentionPurger purger;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PastBookings past;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A completed booking for Olga that ended {@code months} months (and an hour) before the clock's now. */
    long completed(int months) {
        Instant end = clock.instant().atZone(ZONE).minusMonths(months).minusHours(1).toInstant()
                .truncatedTo(ChronoUnit.MINUTES);
        return repository.saveAndFlush(past.completed(end, new Guest("Olga", "+4915112345678", "olga@example.org")))
                .getId();
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                select guest_first_name, guest_phone, guest_email, status, treatment_id, starts_at, price_amount, version
                from booking where id = ?""", id);
    }

    @Test
    void the_desk_note_goes_with_the_contact_data_and_the_reason_and_payment_stay_for_reports() {
        long old = completed(25);
        jdbc.update("update booking set desk_note = 'Knee hurts since the fall', status_reason = 'n/a' where id = ?", old);
        retention.anonymiseGuestContacts();
        assertThat(jdbc.queryForMap("select desk_note, status_reason from booking where id = ?", old))
                .containsEntry("DESK_NOTE", null).containsEntry("STATUS_REASON", "n/a");
    }

    @Test
    void a_booking_25_months_old_is_anonymised_and_one_23_months_old_is_not() {
        long old = completed(25);
        long recent = completed(23);
        var oldBefore = row(old);

        retention.anonymiseGuestContacts();

        var anonymised = row(old);
        assertThat(anonymised.get("guest_first_name")).isEqualTo(Retention.ANONYMISED_NAME);
        assertThat(anonymised.get("guest_phone")).isNull();
        assertThat(anonymised.get("guest_email")).isNull();
        for (String kept : List.of("status", "treatment_id", "starts_at", "price_amount")) {
            assertThat(anonymised.get(kept)).as(kept).isEqualTo(oldBefore.get(kept));
        }
        assertThat(row(recent)).containsEntry("guest_first_name", "Olga").containsEntry("guest_phone", "+4915112345678")
                .containsEntry("guest_email", "olga@example.org");
    }

    @Test
    void the_23_month_old_booking_is_anonymised_once_it_passes_24_months() {
        long booking = completed(23);
        clock.advance(Duration.ofDays(62));
        retention.anonymiseGuestContacts();
        assertThat(row(booking).get("guest_phone")).isNull();
    }

    @Test
    void the_history_of_an_anonymised_booking_keeps_no_contact_data() {
        long booking = completed(25);
        retention.anonymiseGuestContacts();
        List<String> history = jdbc.queryForList("select actor || ' ' || action || ' ' || details from booking_history"
                + " where booking_id = ?", String.class, booking);
        assertThat(history).isNotEmpty()
                .noneMatch(h -> h.contains("Olga") || h.contains("12345678") || h.contains("olga@"));
    }

    @Test
    void running_the_purge_twice_changes_each_booking_once() {
        long booking = completed(25);
        long version = ((Number) row(booking).get("version")).longValue();
        retention.purge();
        retention.purge();
        assertThat(((Number) row(booking).get("version")).longValue()).isEqualTo(version + 1);
        assertThat(retention.anonymiseGuestContacts()).isZero();
    }

    @Test
    void two_instances_purging_at_the_same_moment_both_succeed_and_change_each_booking_once() throws Exception {
        List<Long> bookings = List.of(completed(25), completed(26), completed(30), completed(37));
        long versions = bookings.stream().mapToLong(b -> ((Number) row(b).get("version")).longValue()).sum();
        var start = new CountDownLatch(1);
        Callable<Retention.Purged> instance = () -> {
            start.await();
            return retention.purge();
        };
        try (var pool = Executors.newFixedThreadPool(4)) {
            var runs = List.of(pool.submit(instance), pool.submit(instance), pool.submit(instance), pool.submit(instance));
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }
        assertThat(bookings).allSatisfy(b -> assertThat(row(b).get("guest_email")).isNull());
        assertThat(bookings.stream().mapToLong(b -> ((Number) row(b).get("version")).longValue()).sum())
                .isEqualTo(versions + bookings.size());
    }

    @Test
    void the_purge_also_runs_at_start_up() throws Exception {
        long booking = completed(25);
        purger.run(null);
        assertThat(row(booking).get("guest_first_name")).isEqualTo(Retention.ANONYMISED_NAME);
    }
}
