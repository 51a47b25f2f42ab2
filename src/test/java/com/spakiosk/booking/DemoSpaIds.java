package com.spakiosk.booking;

import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.staff.StaffService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Test helper: ids of the demo spa's treatments, add-ons, therapists and rooms, and fresh far-away days. */
@Component
public class DemoSpaIds {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /**
     * Every test takes its own Monday, far beyond the demo bookings, so tests never meet. Each
     * run takes its own block of 1,000 weeks (from the clock), so runs on a reused PostgreSQL do
     * not meet either; the furthest week stays well inside PostgreSQL's timestamp range.
     */
    private static final AtomicInteger WEEK = new AtomicInteger(
            20 + (int) (System.currentTimeMillis() / 1000 % 10_000) * 1_000);

    private final MenuService menu;
    private final StaffService staff;

    DemoSpaIds(MenuService menu, StaffService staff) {
        this.menu = menu;
        this.staff = staff;
    }

    public MenuTreatment treatment(String code) {
        return menu.activeMenu().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    public long variant(String treatmentCode, int minutes) {
        return treatment(treatmentCode).variants().stream().filter(v -> v.durationMinutes() == minutes).findFirst()
                .orElseThrow().id();
    }

    public MenuAddOn addOn(String code) {
        return menu.activeAddOns().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    public long therapist(String code) {
        return staff.activeTherapists().stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    public long room(String code) {
        return staff.activeRooms().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** A Monday no other test uses. */
    public static LocalDate freshMonday() {
        return LocalDate.now(ZONE).plusWeeks(WEEK.getAndIncrement()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }
}
