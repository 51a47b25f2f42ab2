package com.spakiosk.demo;

import com.spakiosk.base.DemoMode;
import com.spakiosk.booking.BookingService;
import com.spakiosk.menu.MenuService;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.staff.StaffService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo spa at start-up, only under the {@code demo} profile (which {@code ./mvnw} turns
 * on and the jar, the image and compose do not) and only into an empty database: never over a
 * spa's real data, and never twice.
 */
@Component
@Order(2)
@Profile(DemoMode.PROFILE)
class DemoSpaLoader implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoSpaLoader.class);

    private final MenuService menu;
    private final ScreeningService screening;
    private final StaffService staff;
    private final BookingService bookings;
    private final DemoSpa demoSpa;
    private final DemoHistory demoHistory;
    private final TransactionTemplate tx;

    DemoSpaLoader(MenuService menu, ScreeningService screening, StaffService staff, BookingService bookings,
                  DemoSpa demoSpa, DemoHistory demoHistory, TransactionTemplate tx) {
        this.menu = menu;
        this.screening = screening;
        this.staff = staff;
        this.bookings = bookings;
        this.demoSpa = demoSpa;
        this.demoHistory = demoHistory;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the demo spa in one transaction if the database holds no spa data; tells whether it did. */
    boolean loadIfEmpty() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                ACTOR, null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        try {
            Boolean loaded = tx.execute(status -> {
                if (!isEmpty()) {
                    return false;
                }
                demoSpa.load();
                return true;
            });
            if (Boolean.TRUE.equals(loaded)) {
                // The last weeks, for the reports; after the coming days, whose codes and guests stay as they were.
                demoHistory.record();
            }
            log.info(Boolean.TRUE.equals(loaded)
                    ? "Loaded the demo spa (menu, screening, therapists, rooms, bookings, demo logins)"
                    : "The database already holds spa data: demo data not loaded");
            return Boolean.TRUE.equals(loaded);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private boolean isEmpty() {
        return menu.countTreatments() == 0 && screening.countQuestions() == 0
                && staff.activeTherapists().isEmpty() && bookings.countBookings() == 0;
    }
}
