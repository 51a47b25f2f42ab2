package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The menu, screening and staff names one guest's flow needs, each loaded once on first use
 * and dropped with the guest's draft: a flow reads each at most once, and the next guest sees
 * the menu as it is then.
 */
final class KioskData {

    private final Lazy<ActiveMenu> active;
    private final Lazy<List<ScreeningQuestion>> questions;
    private final Lazy<List<ScreeningRules.Rule>> rules;
    private final Lazy<List<Therapist>> therapists;
    private final Lazy<Map<Long, String>> therapistNames;
    private final Lazy<Map<Long, Room>> rooms;

    KioskData(MenuService menuService, ScreeningService screening, StaffService staff) {
        active = new Lazy<>(menuService::active);
        questions = new Lazy<>(screening::activeQuestions);
        rules = new Lazy<>(screening::activeRules);
        therapists = new Lazy<>(staff::activeTherapists);
        therapistNames = new Lazy<>(() -> therapists.get().stream()
                .collect(Collectors.toMap(Therapist::getId, Therapist::getDisplayName)));
        rooms = new Lazy<>(() -> staff.activeRooms().stream().collect(Collectors.toMap(Room::getId, r -> r)));
    }

    /** The treatments the kiosk offers: on the menu, and not kept for the front desk. */
    List<MenuTreatment> menu() {
        return active.get().treatments().stream().filter(MenuTreatment::kioskVisible).toList();
    }

    List<MenuAddOn> addOns() {
        return active.get().addOns();
    }

    /** Whether this flow read the menu at that resource version (or has not read it yet). */
    boolean isCurrent(long version) {
        return !active.isLoaded() || active.get().version() == version;
    }

    /** The menu's words in the guest's language, from the same version of the menu. */
    MenuContent content(Locale locale) {
        return active.get().content(locale);
    }

    List<ScreeningQuestion> questions() {
        return questions.get();
    }

    List<ScreeningRules.Rule> rules() {
        return rules.get();
    }

    List<Therapist> therapists() {
        return therapists.get();
    }

    Map<Long, String> therapistNames() {
        return therapistNames.get();
    }

    Map<Long, Room> rooms() {
        return rooms.get();
    }

    /** A value loaded on first use (one UI thread at a time, so no locking). */
    private static final class Lazy<T> {
        private final Supplier<T> loader;
        private T value;

        Lazy(Supplier<T> loader) {
            this.loader = loader;
        }

        boolean isLoaded() {
            return value != null;
        }

        T get() {
            if (value == null) {
                value = loader.get();
            }
            return value;
        }
    }
}
