package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.GuestSummary;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.Quote;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.booking.ScreeningRefusals;
import com.spakiosk.booking.ScreeningConsent;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.Therapist;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One booking taken at the desk, from the treatment to the code: what the clerk chose, and the
 * intent methods the dialog calls (check the screening, find times, book). Every rule (a verdict,
 * a free time, a price) comes from the same services the kiosk uses; the dialog only shows them.
 */
final class DeskBookingFlow {

    /** How many times a day's list offers. */
    static final int TIMES_SHOWN = 40;

    private final DeskBookingServices services;
    /** Who holds the slot between hold and confirm: this dialog, and nobody else. */
    private final String owner = "desk-" + UUID.randomUUID();
    private final List<MenuTreatment> menu;
    private final List<MenuAddOn> addOns;
    private final List<ScreeningQuestion> questions;
    private final Map<Long, String> therapists;
    private final Map<Long, Room> rooms;

    private MenuTreatment treatment;
    private MenuTreatment.MenuVariant variant;
    private final Map<MenuAddOn, String> chosenAddOns = new LinkedHashMap<>();
    private Set<String> yes = Set.of();
    private boolean consent;
    /** The screening refusals already counted for this guest (anonymous daily counts): each once. */
    private final Set<ScreeningRefusals.Refusal> refusalsCounted = new HashSet<>();

    DeskBookingFlow(DeskBookingServices services) {
        this.services = services;
        this.menu = services.menu().activeMenu();
        this.addOns = services.menu().activeAddOns();
        this.questions = services.screening().activeQuestions();
        this.therapists = services.staff().activeTherapists().stream()
                .collect(Collectors.toMap(Therapist::getId, Therapist::getDisplayName));
        this.rooms = services.staff().activeRooms().stream().collect(Collectors.toMap(Room::getId, r -> r));
    }

    // ---------------------------------------------------------------- what the clerk picks from

    List<MenuTreatment> menu() {
        return menu;
    }

    /** The menu's and the screening's words in the clerk's language, as the kiosk shows them to guests. */
    com.spakiosk.menu.MenuContent texts(java.util.Locale locale) {
        return services.menu().content(locale);
    }

    List<MenuAddOn> addOnsFor(MenuTreatment t) {
        return t == null ? List.of() : addOns.stream().filter(a -> a.goesWith(t.id())).toList();
    }

    List<ScreeningQuestion> questions() {
        return questions;
    }

    String therapistName(long id) {
        return therapists.getOrDefault(id, "");
    }

    /** The room in the clerk's language, which is also the slip's: guests read it there. */
    String roomName(long id, MenuContent texts) {
        Room room = rooms.get(id);
        return room == null ? "" : texts.room(room.getCode(), room.getName());
    }

    String treatmentName(long id) {
        return menu.stream().filter(t -> t.id() == id).map(MenuTreatment::name).findFirst().orElse("");
    }

    ZoneId zone() {
        return services.spa().zone();
    }

    String spaName() {
        return services.spa().name();
    }

    String country() {
        return services.spa().country();
    }

    // ---------------------------------------------------------------- the choice

    /** The clerk's current choice; null treatment or variant until chosen. */
    void choose(MenuTreatment treatment, MenuTreatment.MenuVariant variant, Map<MenuAddOn, String> addOns,
                Set<String> yes, boolean consent) {
        this.treatment = treatment;
        this.variant = variant;
        this.chosenAddOns.clear();
        this.chosenAddOns.putAll(addOns);
        this.yes = Set.copyOf(yes);
        this.consent = consent;
    }

    boolean isComplete() {
        return treatment != null && variant != null && chosenAddOns.entrySet().stream()
                .allMatch(e -> e.getKey().options().isEmpty() || e.getValue() != null);
    }

    Quote quote() {
        return services.availability().quote(variant.id(), addOnIds());
    }

    private List<Long> addOnIds() {
        return chosenAddOns.keySet().stream().map(MenuAddOn::id).toList();
    }

    // ---------------------------------------------------------------- screening

    /** What the screening answers mean for the choice; the same rules as the kiosk and the booking. */
    Check check() {
        if (!yes.isEmpty() && !consent) {
            return new Check.NeedsConsent();
        }
        ScreeningAdvice.Advice advice = services.screeningAdvice().advise(treatment.id(), addOnIds(), yes);
        services.screeningAdvice().countRefusals(advice, BookingChannel.DESK, refusalsCounted);
        if (advice.isTreatmentBlocked()) {
            return new Check.Blocked(advice.treatmentBlocked(), menu.stream()
                    .filter(t -> advice.openTreatments().contains(t.id())).toList());
        }
        List<Check.RuledOutAddOn> ruledOut = new ArrayList<>();
        chosenAddOns.keySet().forEach(a -> Optional.ofNullable(advice.blockedAddOns().get(a.id()))
                .ifPresent(reasons -> ruledOut.add(new Check.RuledOutAddOn(a, reasons))));
        if (!ruledOut.isEmpty()) {
            return new Check.AddOnsRuledOut(ruledOut);
        }
        return new Check.Fine(advice.needsReview());
    }

    /** What the screening said about the choice. */
    sealed interface Check {

        /** A "yes" was ticked but the guest did not agree that we keep what it means. */
        record NeedsConsent() implements Check {
        }

        /** The treatment is ruled out: why, and what stays open to the guest. */
        record Blocked(List<ScreeningAdvice.Reason> reasons, List<MenuTreatment> alternatives) implements Check {
        }

        /** The treatment is fine; these add-ons are not. */
        record AddOnsRuledOut(List<RuledOutAddOn> addOns) implements Check {
        }

        record RuledOutAddOn(MenuAddOn addOn, List<ScreeningAdvice.Reason> reasons) {
        }

        /** Bookable; a staff member may need to review the answers before the session. */
        record Fine(boolean needsReview) implements Check {
        }
    }

    // ---------------------------------------------------------------- times

    /** Free times on a day for the choice, any therapist, from now on. */
    List<Slot> times(LocalDate day) {
        Instant from = day.atStartOfDay(zone()).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(zone()).toInstant();
        if (!services.clock().instant().isBefore(until)) {
            return List.of();
        }
        return services.availability().findSlots(new SlotSearch(treatment.id(), variant.id(), addOnIds(), from, until,
                null, TIMES_SHOWN));
    }

    /** The tapped therapist at the tapped time, when the choice fits there. */
    Optional<Slot> slotAt(long therapistId, Instant start) {
        if (start.isBefore(services.clock().instant())) {
            return Optional.empty();
        }
        return services.availability().findSlots(new SlotSearch(treatment.id(), variant.id(), addOnIds(), start,
                start.plusSeconds(1), therapistId, 1)).stream().filter(s -> s.start().equals(start)).findFirst();
    }

    /** Walk-in: the earliest starts from now with any therapist, today. */
    List<Slot> walkInTimes() {
        return services.availability().walkInSlots(treatment.id(), variant.id(), addOnIds(), TIMES_SHOWN);
    }

    // ---------------------------------------------------------------- guests

    List<GuestSummary> findGuests(String query) {
        return services.guests().search(query);
    }

    // ---------------------------------------------------------------- book

    /**
     * Holds the slot for the desk and confirms it for the guest at once, with the screening
     * findings when there are any. A hold that cannot be confirmed is let go.
     *
     * @throws BookingException when the time can never be booked (the reason says why)
     */
    Outcome book(Slot slot, Guest guest) {
        HoldOutcome outcome = services.bookings().hold(new HoldRequest(treatment.id(), variant.id(), addOnChoices(),
                slot.start(), slot.therapistId(), slot.roomId(), owner, BookingChannel.DESK, yes));
        if (outcome instanceof HoldOutcome.JustTaken taken) {
            return new Outcome.JustTaken(taken.nextFree());
        }
        var held = (HoldOutcome.Held) outcome;
        try {
            ScreeningConsent screening = yes.isEmpty() ? null
                    : new ScreeningConsent(yes, services.clock().instant());
            return new Outcome.Booked(services.bookings().confirm(held.bookingId(), owner, guest, screening));
        } catch (RuntimeException e) {
            services.bookings().releaseHold(held.bookingId(), owner);
            throw e;
        }
    }

    private List<HoldRequest.AddOnChoice> addOnChoices() {
        return chosenAddOns.entrySet().stream()
                .map(e -> new HoldRequest.AddOnChoice(e.getKey().id(), e.getValue())).toList();
    }

    /** What pressing Book gave. */
    sealed interface Outcome {

        record Booked(Confirmation confirmation) implements Outcome {
        }

        /** Someone took the time a moment ago; these are the next free ones. */
        record JustTaken(List<Slot> nextFree) implements Outcome {
        }
    }
}
