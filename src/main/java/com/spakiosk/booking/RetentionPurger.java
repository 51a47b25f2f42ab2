package com.spakiosk.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Retention} purges every night and once at start-up: a kiosk box that is
 * switched off at night never reaches 03:30. Several instances may run it at the same moment;
 * the statements are idempotent.
 */
@Component
@Order(10)
class RetentionPurger implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurger.class);

    private final Retention retention;

    RetentionPurger(Retention retention) {
        this.retention = retention;
    }

    /** At start-up. A failure is logged, not fatal: the kiosk must still open, and the next night tries again. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            purge("start-up");
        } catch (RuntimeException e) {
            log.warn("The start-up retention purge failed; it runs again tonight: {}", e.toString());
        }
    }

    @Scheduled(cron = "${spa.booking.purge-cron:0 30 3 * * *}", zone = "${spa.zone:Europe/Berlin}")
    void nightly() {
        purge("nightly");
    }

    private void purge(String when) {
        Retention.Purged purged = retention.purge();
        // Counts only, never whose data.
        log.info("Retention purge ({}): screening data of {} and contact data of {} past bookings removed,"
                + " {} guest records anonymised", when, purged.screenings(), purged.contacts(), purged.guests());
    }
}
