package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The booking's counters and timers move with what really happened, by channel (README, Metrics). */
@SpringTest
class BookingMetricsTest {

    @Autowired BookingService bookings;
    @Autowired AvailabilityService availability;
    @Autowired MeterRegistry registry;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_kiosk_booking_counts_one_hold_placed_and_one_booking_confirmed_for_the_kiosk() {
        double placed = count(BookingMetrics.HOLDS_PLACED, "kiosk");
        double confirmed = count(BookingMetrics.CONFIRMED, "kiosk");
        double confirmedAtDesk = count(BookingMetrics.CONFIRMED, "desk");

        var hold = (HoldOutcome.Held) bookings.hold(request("10:00", "kiosk-metrics-1"));
        bookings.confirm(hold.bookingId(), "kiosk-metrics-1", new Guest("Emma", "+4915112345678", null), null);

        assertThat(count(BookingMetrics.HOLDS_PLACED, "kiosk")).isEqualTo(placed + 1);
        assertThat(count(BookingMetrics.CONFIRMED, "kiosk")).isEqualTo(confirmed + 1);
        assertThat(count(BookingMetrics.CONFIRMED, "desk")).isEqualTo(confirmedAtDesk);
    }

    @Test
    void a_time_someone_else_holds_counts_as_just_taken_not_as_a_hold() {
        bookings.hold(request("11:00", "kiosk-metrics-2"));
        double placed = count(BookingMetrics.HOLDS_PLACED, "kiosk");
        double justTaken = count(BookingMetrics.JUST_TAKEN, "kiosk");

        assertThat(bookings.hold(request("11:00", "kiosk-metrics-3"))).isInstanceOf(HoldOutcome.JustTaken.class);

        assertThat(count(BookingMetrics.JUST_TAKEN, "kiosk")).isEqualTo(justTaken + 1);
        assertThat(count(BookingMetrics.HOLDS_PLACED, "kiosk")).isEqualTo(placed);
    }

    @Test
    @WithMockUser(username = "clara.desk", roles = "FRONT_DESK")
    void a_cancellation_counts_for_the_channel_the_booking_was_made_on() {
        var hold = (HoldOutcome.Held) bookings.hold(request("14:00", "kiosk-metrics-4"));
        bookings.confirm(hold.bookingId(), "kiosk-metrics-4", new Guest("Ida", "+4915112340000", null), null);
        double cancelled = count(BookingMetrics.CANCELLED, "kiosk");

        long version = jdbc.queryForObject("select version from booking where id = ?", Long.class, hold.bookingId());
        bookings.cancel(hold.bookingId(), version, "Guest called to cancel");

        assertThat(count(BookingMetrics.CANCELLED, "kiosk")).isEqualTo(cancelled + 1);
    }

    @Test
    void holds_the_sweeper_expires_are_counted() {
        bookings.hold(request("15:00", "kiosk-metrics-5"));
        double expired = registry.get(BookingMetrics.HOLDS_EXPIRED).counter().count();
        clock.advance(Duration.ofMinutes(6));

        int swept = bookings.expireHolds();

        assertThat(swept).isPositive();
        assertThat(registry.get(BookingMetrics.HOLDS_EXPIRED).counter().count()).isEqualTo(expired + swept);
    }

    @Test
    void every_availability_search_is_timed() {
        Timer search = registry.get(BookingMetrics.SEARCH).timer();
        long before = search.count();

        availability.findSlots(new SlotSearch(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                List.of(), at(monday, "09:00"), at(monday, "17:00"), null, 5));

        assertThat(search.count()).isEqualTo(before + 1);
    }

    private HoldRequest request(String time, String owner) {
        return new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                at(monday, time), ids.therapist("ANNA"), ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of());
    }

    private double count(String name, String channel) {
        Counter counter = registry.find(name).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
