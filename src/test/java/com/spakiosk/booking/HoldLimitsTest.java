package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A guest holds one time at once, and one kiosk holds a few at most, so that no script can keep the calendar held. */
@SpringTest
class HoldLimitsTest {

    @Autowired BookingService bookings;
    @Autowired BookingProperties properties;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    HoldRequest request(String time, String owner, String client) {
        return new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                at(monday, time), null, null, owner, BookingChannel.KIOSK, Set.of(), client);
    }

    String status(long bookingId) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, bookingId);
    }

    long liveHolds(String client) {
        return jdbc.queryForObject("select count(*) from booking where status = 'HELD' and hold_client = ?", Long.class,
                BookingService.clientKey(client));
    }

    @Test
    void a_new_hold_lets_go_of_the_guest_s_earlier_hold() {
        var first = (HoldOutcome.Held) bookings.hold(request("10:00", "guest-back-from-details", "10.0.0.7"));
        var second = (HoldOutcome.Held) bookings.hold(request("11:00", "guest-back-from-details", "10.0.0.7"));
        assertThat(status(first.bookingId())).isEqualTo("EXPIRED");
        assertThat(status(second.bookingId())).isEqualTo("HELD");
    }

    @Test
    void a_guest_who_goes_back_can_hold_the_very_time_they_held_before() {
        var first = (HoldOutcome.Held) bookings.hold(request("10:00", "guest-same-time", "10.0.0.8"));
        var again = bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                List.of(), at(monday, "10:00"), first.slot().therapistId(), first.slot().roomId(), "guest-same-time",
                BookingChannel.KIOSK, Set.of(), "10.0.0.8"));
        assertThat(again).isInstanceOf(HoldOutcome.Held.class);
        assertThat(status(first.bookingId())).isEqualTo("EXPIRED");
    }

    @Test
    void a_kiosk_holds_three_times_at_once_and_the_fourth_is_refused() {
        assertThat(properties.liveHoldsPerClient()).isEqualTo(3);
        for (int guest = 0; guest < 3; guest++) {
            assertThat(bookings.hold(request("1" + guest + ":00", "cap-guest-" + guest, "10.0.0.9")))
                    .isInstanceOf(HoldOutcome.Held.class);
        }
        long before = jdbc.queryForObject("select count(*) from booking", Long.class);
        assertThatThrownBy(() -> bookings.hold(request("14:00", "cap-guest-3", "10.0.0.9")))
                .isInstanceOfSatisfying(BookingException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingException.Reason.TOO_MANY_HOLDS));
        assertThat(jdbc.queryForObject("select count(*) from booking", Long.class)).isEqualTo(before);
        // Another kiosk, and the desk, are not held back by it.
        assertThat(bookings.hold(request("14:00", "cap-other-kiosk", "10.0.0.10"))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(bookings.hold(request("15:00", "cap-desk", null))).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void parallel_holds_from_one_kiosk_never_pass_the_cap() throws Exception {
        String kiosk = "10.0.11." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255) + "-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int guest = 0; guest < 8; guest++) {
                String time = (10 + guest) + ":00";
                String owner = "parallel-guest-" + guest;
                tasks.add(() -> {
                    try {
                        return bookings.hold(request(time, owner, kiosk)); // its first holds: the gate row races too
                    } catch (BookingException e) {
                        return e.reason();
                    }
                });
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.stream().filter(HoldOutcome.Held.class::isInstance)).hasSize(3);
            assertThat(outcomes.stream().filter(BookingException.Reason.TOO_MANY_HOLDS::equals)).hasSize(5);
            assertThat(liveHolds(kiosk)).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
