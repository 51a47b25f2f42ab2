package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.Application;
import com.spakiosk.OverlapQueries;
import com.spakiosk.TestProfiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances (two Spring application contexts with their own connection pools and
 * caches) on one PostgreSQL race for the same slots. No Java lock is shared between them: only
 * the database can referee. Runs with ./mvnw verify -Ppostgres.
 */
class TwoInstancesPostgresIT {

    static final int THREADS_PER_INSTANCE = 16;
    static final int ROUNDS = 60;

    @Test
    void two_instances_racing_for_the_same_and_overlapping_slots_never_double_book() throws Exception {
        if (!TestProfiles.onPostgres()) {
            throw new IllegalStateException("Run with -Ppostgres: this test needs a shared PostgreSQL");
        }
        try (var a = start(); var b = start();
             ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE)) {
            BookingService first = a.getBean(BookingService.class);
            BookingService second = b.getBean(BookingService.class);
            DemoSpaIds ids = new DemoSpaIds(a.getBean(com.spakiosk.menu.MenuService.class),
                    a.getBean(com.spakiosk.staff.StaffService.class));
            long treatment = ids.treatment("RELAXING_FOOT").id();
            long thirty = ids.variant("RELAXING_FOOT", 30);
            long anna = ids.therapist("ANNA");
            long linden = ids.room("LINDEN");
            List<String> starts = List.of("09:00", "10:30", "13:00", "14:30");
            LocalDate monday = null;
            for (int round = 0; round < ROUNDS; round++) {
                if (round % starts.size() == 0) {
                    monday = DemoSpaIds.freshMonday();
                }
                Instant t = at(monday, starts.get(round % starts.size()));
                List<Callable<HoldOutcome>> racers = new ArrayList<>();
                for (int i = 0; i < 2 * THREADS_PER_INSTANCE; i++) {
                    BookingService instance = i % 2 == 0 ? first : second;
                    Instant start = round % 2 == 0 || i % 4 < 2 ? t : t.plusSeconds(15 * 60);
                    var request = new HoldRequest(treatment, thirty, List.of(), start, anna, linden, "instance-racer-" + i,
                            BookingChannel.KIOSK, Set.of());
                    racers.add(() -> instance.hold(request));
                }
                long held = 0;
                for (Future<HoldOutcome> f : pool.invokeAll(racers)) {
                    if (f.get() instanceof HoldOutcome.Held) {
                        held++;
                    }
                }
                assertThat(held).as("round %d", round).isEqualTo(1);
            }
            assertThat(a.getBean(JdbcTemplate.class).queryForObject(OverlapQueries.OVERLAPPING_PAIRS, Integer.class))
                    .isZero();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--spring.profiles.active=postgres,demo,test",
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=12");
    }
}
