package com.spakiosk.chaos;

import com.spakiosk.Application;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingService;
import com.spakiosk.menu.MenuService;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child JVM of {@link ChaosHarness}, started from the production jar by Spring Boot's
 * PropertiesLauncher with this package on {@code loader.path}: boots the real application (web server, Flyway,
 * Hibernate validation, hold sweeper, readiness) with the arguments it is given, first checks
 * that the holds a killed predecessor left behind no longer block ({@link StaleHolds}), then,
 * unless told not to, drives {@link BookingLoad} until it is killed.
 *
 * <p>System properties: {@code chaos.dir} (the run's folder: codes file, markers),
 * {@code chaos.threads}, {@code chaos.seed}, {@code chaos.load} (false: only the stale-hold check).
 */
public final class ChaosLoadDriver {

    private ChaosLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("chaos.dir"));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args);
        BookingService bookings = app.getBean(BookingService.class);
        new StaleHolds(bookings).recheck(dir.resolve(ChaosFiles.STALE_HOLDS), dir.resolve(ChaosFiles.STALE_RESULT));
        if (Boolean.parseBoolean(System.getProperty("chaos.load", "true"))) {
            new BookingLoad(bookings, app.getBean(AvailabilityService.class), app.getBean(MenuService.class),
                    app.getBean(SpaProperties.class).zone(), dir.resolve(ChaosFiles.CODES),
                    dir.resolve(ChaosFiles.LOAD_RUNNING), Long.toString(ProcessHandle.current().pid()))
                    .start(Integer.getInteger("chaos.threads", 6), Long.getLong("chaos.seed", 1L));
        }
        System.out.println("chaos driver up " + Arrays.toString(args));
        Thread.currentThread().join(); // the web server's threads keep the app alive; this one waits for the kill
    }
}
