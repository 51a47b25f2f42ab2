package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.OverlapQueries;
import com.spakiosk.SpringTest;
import com.spakiosk.booking.HoldRequest.AddOnChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many guests press "book" at the same moment. The database referees: exactly one winner per
 * conflict, never two overlapping live rows, and every loser gets a calm answer, not an error.
 * Runs on H2 and, with -Ppostgres, on PostgreSQL.
 */
@SpringTest
class BookingRaceTest {

    static final int THREADS = 32;
    static final int ROUNDS = 200;
    /** Four conflict groups fit in Anna's Monday (09:00-12:30, 13:00-17:00). */
    static final List<String> GROUP_STARTS = List.of("09:00", "10:30", "13:00", "14:30");

    enum Conflict {
        /** Everyone wants exactly the same slot. */
        SAME,
        /** Half want T, half T+15 minutes: every pair overlaps. */
        OVERLAPPING,
        /** A 60-minute session at T against 30 minutes at T+15, inside it. */
        NESTED,
        /** 30 minutes at T (busy to T+40 with turnover) and 30 minutes at T+40: both may win. */
        ADJACENT
    }

    static ExecutorService pool;

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void thirty_two_guests_racing_for_the_same_overlapping_nested_and_adjacent_slots_never_double_book() throws Exception {
        long treatment = ids.treatment("RELAXING_FOOT").id();
        long thirty = ids.variant("RELAXING_FOOT", 30);
        long sixty = ids.variant("RELAXING_FOOT", 60);
        long anna = ids.therapist("ANNA");
        long linden = ids.room("LINDEN");
        LocalDate monday = null;
        for (int round = 0; round < ROUNDS; round++) {
            if (round % GROUP_STARTS.size() == 0) {
                monday = DemoSpaIds.freshMonday();
            }
            Instant t = at(monday, GROUP_STARTS.get(round % GROUP_STARTS.size()));
            Conflict conflict = Conflict.values()[round % Conflict.values().length];
            List<Callable<HoldOutcome>> racers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                boolean even = i % 2 == 0;
                long variant = conflict == Conflict.NESTED && even ? sixty : thirty;
                Instant start = switch (conflict) {
                    case SAME -> t;
                    case OVERLAPPING, NESTED -> even ? t : t.plusSeconds(15 * 60);
                    case ADJACENT -> even ? t : t.plusSeconds(40 * 60);
                };
                var request = new HoldRequest(treatment, variant, List.of(), start, anna, linden, "racer-" + i,
                        BookingChannel.KIOSK, Set.of());
                racers.add(() -> bookings.hold(request));
            }
            long winners = race(racers);
            long expected = conflict == Conflict.ADJACENT ? 2 : 1;
            assertThat(winners).as("round %d, %s", round, conflict).isEqualTo(expected);
        }
        assertThat(jdbc.queryForObject(OverlapQueries.OVERLAPPING_PAIRS, Integer.class)).isZero();
    }

    @Test
    void three_guests_racing_for_two_stone_heaters_leave_exactly_one_without() throws Exception {
        long treatment = ids.treatment("PREVENTIVE").id();
        long thirty = ids.variant("PREVENTIVE", 30);
        var stones = List.of(new AddOnChoice(ids.addOn("HOT_STONES").id(), null));
        List<long[]> pairs = List.of(new long[] {ids.therapist("ANNA"), ids.room("LINDEN")},
                new long[] {ids.therapist("LENA"), ids.room("BIRCH")},
                new long[] {ids.therapist("DANIEL"), ids.room("WILLOW")});
        for (int round = 0; round < 30; round++) {
            Instant t = at(DemoSpaIds.freshMonday(), "13:00");
            List<Callable<HoldOutcome>> racers = new ArrayList<>();
            for (long[] pair : pairs) {
                var request = new HoldRequest(treatment, thirty, stones, t, pair[0], pair[1], "stones-" + pair[0],
                        BookingChannel.KIOSK, Set.of());
                racers.add(() -> bookings.hold(request));
            }
            assertThat(race(racers)).as("round %d", round).isEqualTo(2);
        }
        assertThat(jdbc.queryForObject(OverlapQueries.OVERBOOKED_EQUIPMENT, Integer.class)).isZero();
    }

    /** Starts all racers together; every one must answer Held or JustTaken. Returns the number held. */
    private static long race(List<Callable<HoldOutcome>> racers) throws Exception {
        List<Future<HoldOutcome>> results = pool.invokeAll(racers);
        long held = 0;
        for (Future<HoldOutcome> result : results) {
            HoldOutcome outcome = result.get(); // an unexpected exception fails the test here
            if (outcome instanceof HoldOutcome.Held) {
                held++;
            } else {
                assertThat(outcome).isInstanceOf(HoldOutcome.JustTaken.class);
            }
        }
        return held;
    }
}
