package com.spakiosk.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, deletes health screening flags of appointments older than the retention period. */
@Component
class ScreeningPurger {

    private static final Logger log = LoggerFactory.getLogger(ScreeningPurger.class);

    private final BookingService bookings;

    ScreeningPurger(BookingService bookings) {
        this.bookings = bookings;
    }

    @Scheduled(cron = "${spa.booking.screening-purge-cron:0 30 3 * * *}", zone = "${spa.zone:Europe/Berlin}")
    void purge() {
        int purged = bookings.purgeScreeningData();
        log.info("Purged screening data of {} past bookings", purged); // counts only, never the data
    }
}
