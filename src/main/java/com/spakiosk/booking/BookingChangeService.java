package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.scheduling.SlotCheck;
import com.spakiosk.scheduling.SlotFinder;
import com.spakiosk.scheduling.SlotRequest;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.Verdict;
import com.spakiosk.security.Actor;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another duration or other add-ons for a booking at the desk: the same treatment, time,
 * therapist and room, re-checked like a new booking under the same locks as a move (screening,
 * equipment, calendar), priced again, and written to the history.
 */
@Service
public class BookingChangeService {

    private final BookingRepository bookings;
    private final CalendarLoader loader;
    private final SlotRequests requests;
    private final BookingLocks locks;
    private final BookingProperties properties;
    private final SpaProperties spa;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SlotFinder finder = new SlotFinder();
    /** The length of {@code booking_history.details}. */
    private static final int HISTORY_DETAILS_MAX = 500;

    BookingChangeService(BookingRepository bookings, CalendarLoader loader, SlotRequests requests, BookingLocks locks,
                         BookingProperties properties, SpaProperties spa, Clock clock,
                         PlatformTransactionManager txManager) {
        this.bookings = bookings;
        this.loader = loader;
        this.requests = requests;
        this.locks = locks;
        this.properties = properties;
        this.spa = spa;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The booking's duration (variant) and add-ons with their options, as the change dialog starts from them. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public java.util.Optional<TreatmentChoice> currentChoice(long bookingId) {
        return bookings.findById(bookingId).map(b -> new TreatmentChoice(b.getTreatmentId(), b.getVariantId(),
                b.getAddOns().stream().map(a -> new HoldRequest.AddOnChoice(a.addOnId(), a.optionCode())).toList()));
    }

    /** A treatment's duration and add-ons as a booking has them. */
    public record TreatmentChoice(long treatmentId, long variantId, List<HoldRequest.AddOnChoice> addOns) {
    }

    /**
     * Gives a confirmed or checked-in booking another duration ({@code variantId} of the same
     * treatment) and these add-ons with their options; {@code version} must be the one the clerk
     * saw. The guest's screening, as the booking keeps it (the flagged questions), is asked again:
     * a change it rules out is answered {@link ChangeOutcome.Blocked} with the reasons. A session
     * that no longer fits where it is answers {@link ChangeOutcome.JustTaken} with the day's times
     * where it would. Nothing is written unless the answer is {@link ChangeOutcome.Changed}.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public ChangeOutcome changeTreatment(long bookingId, long version, long variantId,
                                         List<HoldRequest.AddOnChoice> addOns) {
        String actor = Actor.required();
        try {
            return tx.execute(status -> {
                ChangeOutcome outcome = changeLocked(bookingId, version, variantId, List.copyOf(addOns), actor);
                if (!(outcome instanceof ChangeOutcome.Changed)) {
                    status.setRollbackOnly();
                }
                return outcome;
            });
        } catch (DataIntegrityViolationException e) {
            if (BookingService.isOverlapConstraint(e)) {
                return new ChangeOutcome.JustTaken(List.of());
            }
            throw e;
        }
    }

    private ChangeOutcome changeLocked(long bookingId, long version, long variantId,
                                       List<HoldRequest.AddOnChoice> addOns, String actor) {
        Instant now = clock.instant();
        Booking booking = bookings.lockedCurrent(bookingId, version);
        if (!MovePlanner.isMovable(booking)) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED,
                    "Only a booking that has not started can change");
        }
        SpaCatalog catalog = loader.catalog();
        long treatmentId = booking.getTreatmentId();
        SlotRequests.requireOptions(catalog, treatmentId, addOns);
        List<Long> addOnIds = addOns.stream().map(HoldRequest.AddOnChoice::addOnId).toList();
        ScreeningRules.Evaluation screening = ScreeningGate.evaluate(catalog, treatmentId, addOnIds,
                askedYes(booking));
        if (screening.anyBlocked()) {
            return new ChangeOutcome.Blocked(screening.findings().stream().filter(f -> f.verdict() == Verdict.BLOCKED)
                    .map(f -> new ChangeOutcome.Reason(f.questionCode(), f.target().code(),
                            f.target().name(), f.reason())).distinct().toList());
        }
        Instant start = booking.getStartsAt();
        SlotRequest request = requests.build(catalog, treatmentId, variantId, addOnIds, start, start.plusSeconds(1),
                booking.getTherapistId(), 1);
        locks.lockFor(booking.getTherapistId(), booking.getRoomId(), request, now);
        LocalDate day = LocalDate.ofInstant(start, spa.zone());
        Snapshot snapshot = loader.snapshot(catalog, day, day.plusDays(1), now, bookingId);
        SlotCheck.Result check = SlotCheck.check(snapshot, request, start, booking.getTherapistId(), booking.getRoomId());
        if (check.problem().isPresent()) {
            if (check.problem().get().isJustTaken()) {
                return new ChangeOutcome.JustTaken(alternatives(catalog, snapshot, treatmentId, variantId, addOnIds,
                        day, now));
            }
            throw new BookingException(BookingException.Reason.valueOf(check.problem().get().name()),
                    "The changed session does not fit there: " + check.problem().get());
        }
        Slot slot = check.slot().orElseThrow();
        Money price = Quote.of(catalog, variantId, addOnIds).price();
        String details = describe(catalog, booking, slot, addOns, price);
        booking.changeTreatment(variantId, addOns.stream().map(a -> {
                    SpaCatalog.AddOnSpec spec = catalog.addOns().get(a.addOnId());
                    return new Booking.BookedAddOn(a.addOnId(), a.optionCode(), spec.price().amount(), spec.minutes());
                }).toList(), price, slot.end(), slot.blockedUntil(),
                slot.equipment().stream().map(u -> new Booking.EquipmentUse(u.equipmentTypeId(), u.when().start(),
                        u.when().end())).toList(),
                screening.findings().stream().filter(f -> f.verdict() != Verdict.OK)
                        .map(f -> new Booking.ScreeningFlag(f.questionCode(), f.target().name(), f.verdict().name(),
                                f.reason())).distinct().toList(),
                details, now, actor);
        bookings.flush();
        return new ChangeOutcome.Changed(price, slot.end());
    }

    /**
     * The questions the guest answered "yes", as far as the booking remembers them: it keeps only
     * the flagged ones (data minimisation), so an answer that mattered to nothing booked is unknown.
     */
    private static Set<String> askedYes(Booking booking) {
        return booking.getScreeningFlags().stream().map(Booking.ScreeningFlag::questionCode).collect(Collectors.toSet());
    }

    private List<Slot> alternatives(SpaCatalog catalog, Snapshot snapshot, long treatmentId, long variantId,
                                    List<Long> addOnIds, LocalDate day, Instant now) {
        Instant dayStart = day.atStartOfDay(spa.zone()).toInstant();
        SlotRequest search = requests.build(catalog, treatmentId, variantId, addOnIds,
                dayStart.isAfter(now) ? dayStart : now, day.plusDays(1).atStartOfDay(spa.zone()).toInstant(), null,
                properties.alternatives());
        return finder.find(snapshot, search);
    }

    /** "45 → 60 min; add-ons: Hot stones → Aromatherapy (LAVENDER); 45.00 → 62.00" for the history. */
    private static String describe(SpaCatalog catalog, Booking booking, Slot slot, List<HoldRequest.AddOnChoice> addOns,
                                   Money price) {
        String before = booking.getAddOns().stream()
                .map(a -> addOnName(catalog, a.addOnId(), a.optionCode())).collect(Collectors.joining(", "));
        String after = addOns.stream()
                .map(a -> addOnName(catalog, a.addOnId(), a.optionCode())).collect(Collectors.joining(", "));
        String text = Duration.between(booking.getStartsAt(), booking.getEndsAt()).toMinutes() + " → "
                + Duration.between(slot.start(), slot.end()).toMinutes() + " min; add-ons: "
                + (before.isEmpty() ? "none" : before) + " → " + (after.isEmpty() ? "none" : after) + "; "
                + booking.getPrice().amount().toPlainString() + " → " + price.amount().toPlainString();
        return text.length() <= HISTORY_DETAILS_MAX ? text : text.substring(0, HISTORY_DETAILS_MAX);
    }

    private static String addOnName(SpaCatalog catalog, long addOnId, String option) {
        SpaCatalog.AddOnSpec spec = catalog.addOns().get(addOnId);
        String name = spec == null ? "#" + addOnId : spec.target().name();
        return option == null ? name : name + " (" + option + ")";
    }
}
