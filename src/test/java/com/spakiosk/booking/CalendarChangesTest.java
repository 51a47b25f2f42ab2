package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A booking change is announced to the open desks after it commits, and never when it does not. */
@SpringTest
@WithMockUser(roles = "FRONT_DESK")
class CalendarChangesTest {

    static final Duration SOON = Duration.ofSeconds(1);
    /** Long enough for a delivery that was going to come (it gathers for 100 ms). */
    static final Duration QUIET = Duration.ofMillis(600);

    @Autowired BookingService bookings;
    @Autowired CalendarChanges changes;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager txManager;

    final LocalDate monday = DemoSpaIds.freshMonday();
    ChangeProbe probe;

    @BeforeEach
    void listen() {
        probe = new ChangeProbe(changes);
    }

    @AfterEach
    void stop() {
        probe.close();
        clock.reset();
    }

    HoldOutcome.Held hold(LocalDate day, String time, String owner) {
        return (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(day, time), ids.therapist("ANNA"), ids.room("LINDEN"),
                owner, BookingChannel.KIOSK, Set.of()));
    }

    long booked(String time, String owner) {
        var held = hold(monday, time, owner);
        bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null);
        return held.bookingId();
    }

    long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    @Test
    void a_kiosk_hold_and_its_confirmation_are_announced_for_their_day() throws Exception {
        hold(monday, "10:00", "changes-1");
        assertThat(probe.hears(monday, SOON)).isTrue();
        assertThat(probe.heardOf(monday.plusDays(1))).isFalse();
    }

    @Test
    void a_status_change_written_only_at_commit_is_announced_after_the_commit() throws Exception {
        long id = booked("10:00", "changes-2");
        assertThat(probe.hears(monday, SOON)).isTrue();
        probe.forget();
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN); // flushed by the commit itself
        assertThat(probe.hears(monday, SOON)).isTrue();
    }

    @Test
    void nothing_is_announced_before_the_commit_nor_after_a_rollback() throws Exception {
        var tx = new TransactionTemplate(txManager);
        tx.executeWithoutResult(status -> {
            hold(monday, "11:00", "changes-3");
            try {
                assertThat(probe.hears(monday, QUIET)).as("announced while still open").isFalse();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from booking where hold_owner = 'changes-3'", Integer.class))
                .isZero();
        assertThat(probe.hears(monday, QUIET)).isFalse();
    }

    @Test
    void a_refused_change_is_not_announced() throws Exception {
        long id = booked("12:00", "changes-4");
        assertThat(probe.hears(monday, SOON)).isTrue();
        long seen = version(id);
        probe.forget();
        bookings.changeStatus(id, seen, BookingStatus.CHECKED_IN);
        assertThat(probe.hears(monday, SOON)).isTrue();
        probe.forget();
        assertThatThrownBy(() -> bookings.changeStatus(id, seen, BookingStatus.NO_SHOW))
                .isInstanceOf(BookingException.class);
        assertThatThrownBy(() -> bookings.changeStatus(id, version(id), BookingStatus.CONFIRMED))
                .isInstanceOf(BookingException.class);
        assertThat(probe.hears(monday, QUIET)).isFalse();
    }

    @Test
    void a_move_to_another_day_is_announced_for_the_day_it_leaves_and_the_day_it_lands_on() throws Exception {
        long id = booked("13:00", "changes-5");
        assertThat(probe.hears(monday, SOON)).isTrue();
        probe.forget();
        LocalDate nextMonday = monday.plusWeeks(1);
        assertThat(bookings.move(id, version(id), at(nextMonday, "13:00"), ids.therapist("ANNA"), ids.room("LINDEN")))
                .isEmpty();
        assertThat(probe.hears(nextMonday, SOON)).isTrue();
        assertThat(probe.heardOf(monday)).isTrue();
    }

    @Test
    void the_hold_sweep_announces_the_day_of_each_hold_it_expires() throws Exception {
        hold(monday, "14:00", "changes-6");
        assertThat(probe.hears(monday, SOON)).isTrue();
        probe.forget();
        clock.advance(Duration.ofMinutes(6));
        assertThat(bookings.expireHolds()).isPositive();
        assertThat(probe.hears(monday, SOON)).isTrue();
    }

    @Test
    void a_guest_letting_go_of_a_hold_for_another_day_announces_both_days() throws Exception {
        hold(monday, "15:00", "changes-7");
        assertThat(probe.hears(monday, SOON)).isTrue();
        probe.forget();
        LocalDate tuesday = monday.plusDays(1);
        hold(tuesday, "15:00", "changes-7"); // the same guest picks another day: the first hold goes
        assertThat(probe.hears(tuesday, SOON)).isTrue();
        assertThat(probe.heardOf(monday)).isTrue();
    }
}
