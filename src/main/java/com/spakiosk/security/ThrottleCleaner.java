package com.spakiosk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly, deletes throttle counters that no longer count, so the table forgets old attempts. */
@Component
class ThrottleCleaner {

    private static final Logger log = LoggerFactory.getLogger(ThrottleCleaner.class);

    private final LoginThrottleService throttles;

    ThrottleCleaner(LoginThrottleService throttles) {
        this.throttles = throttles;
    }

    @Scheduled(fixedDelayString = "${spa.security.throttle-cleanup-interval:1h}",
            initialDelayString = "${spa.security.throttle-cleanup-interval:1h}")
    void clean() {
        int deleted = throttles.deleteExpired();
        if (deleted > 0) {
            log.debug("Deleted {} expired throttle counters", deleted);
        }
    }
}
