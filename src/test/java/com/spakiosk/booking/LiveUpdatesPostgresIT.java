package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.Application;
import com.spakiosk.TestProfiles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app instances (two Spring contexts, each with its own pool, broadcaster and LISTEN
 * connection) on one PostgreSQL: what commits on A reaches B's open desks within a second, and
 * what rolls back never does. Runs with ./mvnw verify -Ppostgres.
 */
class LiveUpdatesPostgresIT {

    static final Duration SOON = Duration.ofSeconds(1);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() throws InterruptedException {
        if (!TestProfiles.onPostgres()) {
            throw new IllegalStateException("Run with -Ppostgres: this test needs a shared PostgreSQL");
        }
        a = start();
        b = start();
        awaitListening(a);
        awaitListening(b);
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--spring.profiles.active=postgres,demo,test",
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    static void awaitListening(ConfigurableApplicationContext instance) throws InterruptedException {
        var listener = instance.getBean(PostgresCalendarListener.class);
        for (int i = 0; i < 100 && !listener.isListening(); i++) {
            Thread.sleep(50);
        }
        assertThat(listener.isListening()).as("the instance LISTENs").isTrue();
    }

    static long bookedOn(ConfigurableApplicationContext instance, LocalDate day, String time, String owner) {
        BookingService bookings = instance.getBean(BookingService.class);
        DemoSpaIds ids = instance.getBean(DemoSpaIds.class);
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(day, time), ids.therapist("ANNA"), ids.room("LINDEN"),
                owner, BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null);
        return held.bookingId();
    }

    @Test
    void a_booking_committed_on_one_instance_reaches_the_other_within_a_second() throws Exception {
        LocalDate monday = DemoSpaIds.freshMonday();
        try (var onB = new ChangeProbe(b.getBean(CalendarChanges.class))) {
            long started = System.nanoTime();
            bookedOn(a, monday, "10:00", "live-pg-1");
            assertThat(onB.hears(monday, SOON)).isTrue();
            System.out.printf("cross-instance change heard after %.0f ms%n", (System.nanoTime() - started) / 1e6);
            assertThat(onB.heardOf(monday.plusDays(1))).isFalse();
        }
    }

    @Test
    void a_change_rolled_back_on_one_instance_never_reaches_the_other() throws Exception {
        LocalDate monday = DemoSpaIds.freshMonday();
        long booked = bookedOn(a, monday, "11:00", "live-pg-2");
        try (var onB = new ChangeProbe(b.getBean(CalendarChanges.class))) {
            Thread.sleep(400); // let the booking's own notification pass
            onB.forget();
            var tx = new TransactionTemplate(a.getBean(PlatformTransactionManager.class));
            tx.executeWithoutResult(status -> {
                a.getBean(JdbcTemplate.class).update("update booking set status = 'CHECKED_IN' where id = ?", booked);
                status.setRollbackOnly();
            });
            assertThat(onB.hears(monday, SOON)).isFalse();
        }
    }

    @Test
    void an_update_by_hand_in_the_database_reaches_both_instances_too() throws Exception {
        LocalDate monday = DemoSpaIds.freshMonday();
        long booked = bookedOn(a, monday, "12:00", "live-pg-3");
        try (var onA = new ChangeProbe(a.getBean(CalendarChanges.class));
             var onB = new ChangeProbe(b.getBean(CalendarChanges.class))) {
            Thread.sleep(400);
            onA.forget();
            onB.forget();
            b.getBean(JdbcTemplate.class).update("update booking set status = 'NO_SHOW' where id = ?", booked);
            assertThat(onA.hears(monday, SOON)).isTrue();
            assertThat(onB.hears(monday, SOON)).isTrue();
        }
    }

    @Test
    void after_its_connection_is_cut_an_instance_reconnects_redraws_everything_and_hears_again() throws Exception {
        try (var onB = new ChangeProbe(b.getBean(CalendarChanges.class))) {
            a.getBean(JdbcTemplate.class).queryForList("""
                    select pg_terminate_backend(pid) from pg_stat_activity
                    where application_name = 'spa-kiosk calendar listener' and datname = current_database()""");
            Thread.sleep(200);
            awaitListening(b);
            for (int i = 0; i < 100 && !onB.heardAnyDay(); i++) {
                Thread.sleep(50);
            }
            assertThat(onB.heardAnyDay()).as("told to redraw any day after the gap").isTrue();
            awaitListening(a);
            LocalDate monday = DemoSpaIds.freshMonday();
            bookedOn(a, monday, "13:00", "live-pg-4");
            assertThat(onB.hears(monday, SOON)).isTrue();
        }
    }
}
