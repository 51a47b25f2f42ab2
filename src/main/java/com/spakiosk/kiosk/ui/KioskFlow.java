package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.Quote;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.booking.ScreeningRefusals;
import com.spakiosk.booking.ScreeningConsent;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.kiosk.KioskMetrics;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.Therapist;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One guest's way through the kiosk, from the first tap to the booking code: what they chose
 * (the {@link BookingDraft}), what the services said about it, and the intent methods a screen
 * calls (choose, answer, hold, confirm, find, cancel). It lives on the server, in the guest's
 * session, and is thrown away with the guest; a screen never holds state the flow could lose.
 * Everything a rule decides (a price, a verdict, a free time) comes from a service.
 */
final class KioskFlow {

    /** How far ahead a guest can book at the kiosk. */
    static final int DAYS_AHEAD = 7;
    static final int TIMES_SHOWN = 12;
    /** "If you start soon": a walk-in start within this long counts as soon. */
    static final Duration SOON = Duration.ofMinutes(30);

    private final KioskServices services;
    private final String kioskAddress;
    /** Who holds a slot: this guest, and nobody after them. */
    private final String owner = "kiosk-" + UUID.randomUUID();
    private KioskData data;
    private final BookingDraft draft = new BookingDraft();
    private final Set<String> yes = new HashSet<>();
    private boolean consent;
    private Instant consentAt;
    private ScreeningOutcome screening;
    /** The screening refusals already counted for this guest (anonymous daily counts): each once. */
    private final Set<ScreeningRefusals.Refusal> refusalsCounted = new HashSet<>();
    private boolean missingConsentCounted;
    private HoldOutcome.Held hold;
    private Guest guest;
    private Confirmation confirmation;
    private final GuestLookup lookup;
    /** Counted once, at the first treatment chosen (a kiosk on its welcome screen is no flow). */
    private boolean started;

    KioskFlow(KioskServices services, String kioskAddress) {
        this.services = services;
        this.kioskAddress = kioskAddress == null ? "unknown" : kioskAddress;
        this.data = new KioskData(services.menu(), services.screening(), services.staff());
        this.lookup = new GuestLookup(services, this.kioskAddress);
    }

    // ---------------------------------------------------------------- the menu

    List<MenuTreatment> menu() {
        return data.menu();
    }

    /** The menu changed under the guest (a treatment left it): read it afresh; the guest chooses again. */
    void reloadMenu() {
        end();
        data = new KioskData(services.menu(), services.screening(), services.staff());
        screening = null;
    }

    /**
     * Before each screen: when a manager changed the menu since this guest's flow read it, read
     * it afresh and carry the guest's choices over, with the new prices and words. False when a
     * choice left the menu (the guest then chooses again); one tiny query when nothing changed.
     */
    boolean catchUpWithTheMenu() {
        if (data.isCurrent(services.menu().active().version())) {
            return true;
        }
        // The guest's answers stand: hold and confirm judge them again by the rules as they are then.
        data = new KioskData(services.menu(), services.screening(), services.staff());
        return draft.rebase(data.menu(), data.addOns());
    }

    /** The menu's and the screening's words in the guest's language. */
    MenuTexts texts(java.util.Locale locale) {
        return new MenuTexts(content(locale));
    }

    com.spakiosk.menu.MenuContent content(java.util.Locale locale) {
        return data.content(locale);
    }

    Optional<MenuTreatment> treatment(long id) {
        return data.menu().stream().filter(t -> t.id() == id).findFirst();
    }

    List<MenuAddOn> addOnsForChoice() {
        return data.addOns().stream().filter(a -> a.goesWith(draft.treatment().id())).toList();
    }

    List<ScreeningQuestion> questions() {
        return data.questions();
    }

    List<Therapist> therapistsForChoice() {
        // Only those qualified for the treatment and every chosen add-on: the engine offers no other.
        return data.therapists().stream()
                .filter(t -> t.isQualifiedFor(draft.treatment().id()) && t.getAddOnSkills().containsAll(draft.addOnIds()))
                .toList();
    }

    String therapistName(long id) {
        return data.therapistNames().getOrDefault(id, "");
    }

    /** The room, to be named in the guest's language ({@link MenuTexts#room}). */
    Optional<Room> room(long id) {
        return Optional.ofNullable(data.rooms().get(id));
    }

    ZoneId zone() {
        return services.spa().zone();
    }

    /** The spa's country, for phone numbers given without a country code. */
    String country() {
        return services.spa().country();
    }

    String spaName() {
        return services.spa().name();
    }

    LocalDate today() {
        return LocalDate.ofInstant(services.clock().instant(), zone());
    }

    Instant now() {
        return services.clock().instant();
    }

    // ---------------------------------------------------------------- welcome

    /** What can start within {@link #SOON}: one offer per treatment, its earliest and shortest. */
    List<SoonOffer> startingSoon() {
        Set<Long> seen = new HashSet<>();
        List<SoonOffer> offers = new ArrayList<>();
        for (AvailabilityService.SoonSlot soon : services.availability().startingWithin(SOON)) {
            if (!seen.add(soon.treatmentId())) {
                continue;
            }
            treatment(soon.treatmentId()).ifPresent(t -> t.variants().stream()
                    .filter(v -> v.id() == soon.variantId()).findFirst()
                    .ifPresent(v -> offers.add(new SoonOffer(t, v, soon.slot().start()))));
        }
        return offers;
    }

    /** A treatment duration that can start soon, and when. */
    record SoonOffer(MenuTreatment treatment, MenuTreatment.MenuVariant variant, Instant start) {
    }

    /** When the spa next works for a walk-in (now, while it is open). */
    Optional<Instant> nextOpening() {
        return services.availability().nextOpening();
    }

    /** Whether the spa is closed all that day (a closed weekday or a holiday the manager set). */
    boolean isClosedOn(LocalDate day) {
        return services.availability().isClosedOn(day);
    }

    // ---------------------------------------------------------------- choices

    void choose(MenuTreatment treatment) {
        if (!started) {
            started = true;
            services.metrics().flowStarted();
        }
        if (!treatment.equals(draft.treatment())) {
            screening = null; // another treatment: the answers are judged again on Continue
        }
        draft.choose(treatment);
    }

    void choose(MenuTreatment treatment, MenuTreatment.MenuVariant variant) {
        choose(treatment);
        draft.choose(variant);
    }

    void choose(MenuTreatment.MenuVariant variant) {
        draft.choose(variant);
    }

    void toggle(MenuAddOn addOn) {
        draft.toggle(addOn, !draft.has(addOn));
        screening = null; // another combination: the answers are judged again on Continue
    }

    void chooseOption(MenuAddOn addOn, String optionCode) {
        draft.chooseOption(addOn, optionCode);
    }

    MenuTreatment chosenTreatment() {
        return draft.treatment();
    }

    MenuTreatment.MenuVariant chosenVariant() {
        return draft.variant();
    }

    /** The chosen add-ons in menu order, each with its option (the oil) or null. */
    Map<MenuAddOn, String> chosenAddOns() {
        return java.util.Collections.unmodifiableMap(draft.addOns());
    }

    boolean has(MenuAddOn addOn) {
        return draft.has(addOn);
    }

    String option(MenuAddOn addOn) {
        return draft.option(addOn);
    }

    /** The price and minutes of the choice, as the booking will charge them. */
    Quote quote() {
        return services.availability().quote(draft.variant().id(), draft.addOnIds());
    }

    /** The first walk-in start for the choice, if it is within {@link #SOON}: "from 9:15 to 9:45". */
    Optional<Slot> soonestStart() {
        return services.availability().walkInSlots(draft.treatment().id(), draft.variant().id(), draft.addOnIds(), 1)
                .stream().filter(s -> s.start().isBefore(now().plus(SOON).plusSeconds(1))).findFirst();
    }

    // ---------------------------------------------------------------- screening

    boolean answeredYes(String questionCode) {
        return yes.contains(questionCode);
    }

    void answer(String questionCode, boolean isYes) {
        if (isYes) {
            yes.add(questionCode);
        } else {
            yes.remove(questionCode);
        }
        screening = null;
    }

    boolean consent() {
        return consent;
    }

    void consent(boolean given) {
        this.consent = given;
    }

    /**
     * The guest taps Continue on the screening: without consent to keep a "yes" nothing is kept
     * and the desk takes over; a treatment the answers rule out gets the reasons and what is
     * safe instead; otherwise add-ons the answers rule out are left out, with the reasons.
     */
    ScreeningOutcome submitScreening() {
        if (!yes.isEmpty() && !consent) {
            if (!missingConsentCounted) {
                missingConsentCounted = true;
                services.screeningAdvice().countMissingConsent(BookingChannel.KIOSK);
            }
            screening = new ScreeningOutcome.NeedsConsent();
            return screening;
        }
        consentAt = yes.isEmpty() ? null : now();
        ScreeningAdvice.Advice advice = services.screeningAdvice().advise(draft.treatment().id(), draft.addOnIds(),
                Set.copyOf(yes));
        services.screeningAdvice().countRefusals(advice, BookingChannel.KIOSK, refusalsCounted);
        if (advice.isTreatmentBlocked()) {
            List<MenuTreatment> open = data.menu().stream().filter(t -> advice.openTreatments().contains(t.id()))
                    .toList();
            screening = new ScreeningOutcome.NotSuitable(advice.treatmentBlocked(), open);
            services.metrics().screened(KioskMetrics.ScreeningResult.NOT_SUITABLE);
            return screening;
        }
        List<ScreeningOutcome.LeftOut> leftOut = new ArrayList<>();
        for (MenuAddOn addOn : List.copyOf(draft.addOns().keySet())) {
            List<ScreeningAdvice.Reason> reasons = advice.blockedAddOns().get(addOn.id());
            if (reasons != null) {
                draft.drop(addOn);
                leftOut.add(new ScreeningOutcome.LeftOut(addOn, reasons));
            }
        }
        screening = new ScreeningOutcome.Suitable(leftOut, advice.needsReview());
        services.metrics().screened(advice.needsReview() ? KioskMetrics.ScreeningResult.NEEDS_REVIEW
                : KioskMetrics.ScreeningResult.SUITABLE);
        return screening;
    }

    /** What the last screening said; null until the guest submitted it for the current choice. */
    ScreeningOutcome screening() {
        return screening;
    }

    // ---------------------------------------------------------------- times

    /** The first free time for the choice within {@link #DAYS_AHEAD} days, for a therapist or any. */
    Optional<Slot> firstFree(Long therapistId) {
        LocalDate last = today().plusDays(DAYS_AHEAD);
        return search(services.availability().earliestWalkInStart(), last.atStartOfDay(zone()).toInstant(),
                therapistId, 1).stream().findFirst();
    }

    /** Free times on one day for the choice, from the earliest walk-in start on. */
    List<Slot> slotsOn(LocalDate day, Long therapistId) {
        Instant from = day.atStartOfDay(zone()).toInstant();
        Instant earliest = services.availability().earliestWalkInStart();
        Instant until = day.plusDays(1).atStartOfDay(zone()).toInstant();
        return search(from.isBefore(earliest) ? earliest : from, until, therapistId, TIMES_SHOWN);
    }

    private List<Slot> search(Instant from, Instant until, Long therapistId, int limit) {
        if (!from.isBefore(until)) {
            return List.of();
        }
        return services.availability().findSlots(new SlotSearch(draft.treatment().id(), draft.variant().id(),
                draft.addOnIds(), from, until, therapistId, limit));
    }

    /**
     * Holds a time for the guest. With "any therapist" the booking may give the time to whichever
     * therapist is free then, and alternatives are for any therapist too; with a named therapist,
     * only theirs. The guest's earlier hold, if any, is let go by the booking service.
     *
     * @throws BookingException when the time can never be booked, or this kiosk holds too many
     */
    HoldOutcome hold(Slot slot, Long therapistChoice) {
        HoldOutcome outcome = services.bookings().hold(new HoldRequest(draft.treatment().id(), draft.variant().id(),
                draft.addOnChoices(), slot.start(), therapistChoice, therapistChoice == null ? null : slot.roomId(),
                owner, BookingChannel.KIOSK, Set.copyOf(yes), kioskAddress));
        hold = outcome instanceof HoldOutcome.Held held ? held : null;
        return outcome;
    }

    HoldOutcome.Held hold() {
        return hold;
    }

    // ---------------------------------------------------------------- details, review, done

    void guest(Guest guest) {
        this.guest = guest;
    }

    Guest guest() {
        return guest;
    }

    /**
     * Books the held time for the guest, with the screening findings if they consented.
     *
     * @throws BookingException when the hold ran out or the booking refuses
     */
    Confirmation confirm() {
        ScreeningConsent screeningConsent = consentAt == null ? null : new ScreeningConsent(Set.copyOf(yes), consentAt);
        confirmation = services.bookings().confirm(hold.bookingId(), owner, guest, screeningConsent);
        hold = null;
        services.metrics().flowFinished();
        return confirmation;
    }

    Confirmation confirmation() {
        return confirmation;
    }

    // ---------------------------------------------------------------- find my booking

    /** "Find my booking" for this guest at this kiosk. */
    GuestLookup lookup() {
        return lookup;
    }

    // ---------------------------------------------------------------- the end

    /** The guest is done or gone: let go of a live hold. */
    void end() {
        if (hold != null) {
            services.bookings().releaseHold(hold.bookingId(), owner);
            hold = null;
        }
    }
}
