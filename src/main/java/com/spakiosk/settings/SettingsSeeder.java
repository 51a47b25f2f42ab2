package com.spakiosk.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start, copies the environment's opening hours and booking settings into an empty settings
 * table: from then on they are the spa's own, and the environment only seeds a new spa. Two
 * instances starting at once both try; the second one's insert is refused by the key, and that
 * is fine.
 */
@Component
class SettingsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SettingsSeeder.class);

    private final SpaSettingsService settings;

    SettingsSeeder(SpaSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (settings.seedIfEmpty()) {
                log.info("Opening hours and booking settings seeded from the environment's defaults");
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Opening hours and booking settings were seeded by another instance");
        }
    }
}
