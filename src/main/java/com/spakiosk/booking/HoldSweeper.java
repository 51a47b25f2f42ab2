package com.spakiosk.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, marks holds that ran out as EXPIRED (they already block nothing; this tidies the table). */
@Component
class HoldSweeper {

    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);

    private final BookingService bookings;

    HoldSweeper(BookingService bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${spa.booking.sweep-interval:60s}", initialDelayString = "${spa.booking.sweep-interval:60s}")
    void sweep() {
        int expired = bookings.expireHolds();
        if (expired > 0) {
            log.debug("Expired {} holds", expired);
        }
    }
}
