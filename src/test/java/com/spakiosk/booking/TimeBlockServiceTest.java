package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk blocks a therapist's time: never over a booking or a live hold, and never racing past one. */
@SpringTest
@WithMockUser(roles = "FRONT_DESK")
class TimeBlockServiceTest {

    @Autowired TimeBlockService blocks;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    LocalDate monday = DemoSpaIds.freshMonday();
    DeskChangesFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeskChangesFixture(bookings, ids, jdbc, monday);
    }

    int timeOffOf(long therapist) {
        return jdbc.queryForObject("select count(*) from time_off where therapist_id = ? and starts_at >= ? and ends_at <= ?",
                Integer.class, therapist, java.sql.Timestamp.from(at(monday, "00:00")),
                java.sql.Timestamp.from(at(monday, "23:59")));
    }

    @Test
    void a_booking_in_the_way_is_listed_and_refuses_the_block_until_it_is_cancelled() {
        long anna = ids.therapist("ANNA");
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        fixture.confirmed("14:00", "ANNA", "LINDEN"); // after the block: not in the way
        assertThat(blocks.inTheWay(anna, at(monday, "09:00"), at(monday, "13:00")))
                .extracting(TimeBlockService.InTheWay::bookingId).containsExactly(id);
        assertThatThrownBy(() -> blocks.block(anna, at(monday, "09:00"), at(monday, "13:00"), "Sick"))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.BOOKINGS_IN_THE_WAY);
        assertThat(timeOffOf(anna)).isZero();

        bookings.cancel(id, fixture.version(id));
        blocks.block(anna, at(monday, "09:00"), at(monday, "13:00"), "Sick");
        assertThat(timeOffOf(anna)).isOne();
        assertThatThrownBy(() -> fixture.confirmed("11:00", "ANNA", "LINDEN"))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.DURING_TIME_OFF);
    }

    @Test
    void a_live_kiosk_hold_is_in_the_way_too() {
        long lena = ids.therapist("LENA");
        bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                at(monday, "11:00"), lena, ids.room("BIRCH"), "block-hold", BookingChannel.KIOSK, Set.of()));
        assertThat(blocks.inTheWay(lena, at(monday, "10:00"), at(monday, "12:00"))).singleElement()
                .satisfies(w -> assertThat(w.status()).isEqualTo(BookingStatus.HELD));
        assertThatThrownBy(() -> blocks.block(lena, at(monday, "10:00"), at(monday, "12:00"), "Training"))
                .isInstanceOf(BookingException.class);
    }

    @Test
    void a_block_needs_a_reason_and_a_start_before_its_end() {
        long anna = ids.therapist("ANNA");
        assertThatThrownBy(() -> blocks.block(anna, at(monday, "12:00"), at(monday, "11:00"), "Sick"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blocks.block(anna, at(monday, "11:00"), at(monday, "12:00"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(timeOffOf(anna)).isZero();
    }

    /** A block and a kiosk hold for the same time, started together many times: never both. */
    @Test
    void a_block_and_a_booking_racing_for_the_same_time_never_both_win() throws Exception {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var desk = new UsernamePasswordAuthenticationToken("race.desk", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK")));
        long anna = ids.therapist("ANNA");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                monday = DemoSpaIds.freshMonday();
                var start = at(monday, "10:00");
                Callable<Boolean> block = () -> {
                    SecurityContextHolder.getContext().setAuthentication(desk);
                    try {
                        blocks.block(anna, start, at(monday, "11:00"), "Sick");
                        return true;
                    } catch (BookingException e) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                Callable<Boolean> hold = () -> {
                    try {
                        return bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                                ids.variant("RELAXING_FOOT", 30), List.of(), start, anna, ids.room("LINDEN"),
                                "race-" + start, BookingChannel.KIOSK, Set.of())) instanceof HoldOutcome.Held;
                    } catch (BookingException e) {
                        return false;
                    }
                };
                List<Future<Boolean>> results = pool.invokeAll(List.of(block, hold));
                assertThat(results.get(0).get() && results.get(1).get()).as("round " + round).isFalse();
                assertThat(results.get(0).get() || results.get(1).get()).as("round " + round).isTrue();
            }
        } finally {
            pool.shutdownNow();
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }
}
