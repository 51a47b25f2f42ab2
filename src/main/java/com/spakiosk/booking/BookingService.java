package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.scheduling.SlotCheck;
import com.spakiosk.scheduling.SlotFinder;
import com.spakiosk.scheduling.SlotRequest;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.security.Actor;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings and holds: the transaction boundary of the calendar, and where the database acts
 * as referee. Every write that takes time in the calendar locks the therapist, room and
 * equipment rows in a fixed order, re-checks the slot against what is committed, and only then
 * writes. On PostgreSQL an exclusion constraint stands behind it; its violation becomes the
 * same calm "just taken" answer with the next free slots.
 */
@Service
public class BookingService {

    private final BookingRepository bookings;
    private final CalendarLoader loader;
    private final SlotRequests requests;
    private final BookingLocks locks;
    private final ScreeningGate screeningGate;
    private final BookingChangeRecorder changes;
    private final GuestDirectory guests;
    private final BookingProperties properties;
    private final SpaProperties spa;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final BookingMetrics metrics;
    private final SlotFinder finder = new SlotFinder();
    private final ReferenceCode codes = new ReferenceCode();

    BookingService(BookingRepository bookings, CalendarLoader loader, SlotRequests requests, BookingLocks locks,
                   ScreeningGate screeningGate, BookingChangeRecorder changes, GuestDirectory guests,
                   BookingProperties properties, SpaProperties spa, Clock clock, PlatformTransactionManager txManager,
                   BookingMetrics metrics) {
        this.metrics = metrics;
        this.screeningGate = screeningGate;
        this.changes = changes;
        this.guests = guests;
        this.bookings = bookings;
        this.loader = loader;
        this.requests = requests;
        this.locks = locks;
        this.properties = properties;
        this.spa = spa;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * Holds a slot for {@link BookingProperties#holdTtl()}. Refuses with a {@link BookingException}
     * what can never be booked (past, unqualified, outside a shift, add-on not allowed, screening
     * BLOCKED); answers {@link HoldOutcome.JustTaken} when someone else holds that time now.
     * An owner has one live hold at a time: a new hold lets go of the owner's earlier one in the
     * same transaction. A client (a kiosk) may hold {@link BookingProperties#liveHoldsPerClient()}
     * slots at once; past that the request is refused with {@code TOO_MANY_HOLDS}.
     */
    @AnonymousAccess("kiosk guests hold a time; the owner and client come from the server-side session")
    public HoldOutcome hold(HoldRequest request) {
        String client = request.client() == null ? null : clientKey(request.client());
        if (client != null) {
            try {
                locks.ensureClientGate(client);
            } catch (RuntimeException e) {
                if (!hasSqlState(e, "23505")) {
                    throw e;
                }
                // Another request created the client's row a moment ago: it exists, which is all we need.
            }
        }
        HoldOutcome outcome = holdOrJustTaken(request, client);
        metrics.holdAnswered(request.channel(), outcome);
        return outcome;
    }

    private HoldOutcome holdOrJustTaken(HoldRequest request, String client) {
        try {
            return tx.execute(status -> holdLocked(request, client));
        } catch (DataIntegrityViolationException e) {
            if (isOverlapConstraint(e)) {
                return tx.execute(status -> new HoldOutcome.JustTaken(nextFree(request, clock.instant())));
            }
            throw e;
        }
    }

    private HoldOutcome holdLocked(HoldRequest request, String client) {
        Instant now = clock.instant();
        if (request.start().isBefore(now)) {
            throw new BookingException(BookingException.Reason.IN_THE_PAST, "That time has already passed");
        }
        // The client's gate first (before any calendar lock), then the owner's earlier hold goes,
        // so that neither the cap nor the engine counts it against the new choice.
        if (client != null) {
            locks.lockClient(client);
        }
        changes.recordStarts(bookings.startsOfLiveHolds(request.owner(), now));
        bookings.releaseLiveHolds(request.owner(), now);
        if (client != null && bookings.countLiveHolds(client, now) >= properties.liveHoldsPerClient()) {
            throw new BookingException(BookingException.Reason.TOO_MANY_HOLDS,
                    "This kiosk already holds " + properties.liveHoldsPerClient() + " times");
        }
        SpaCatalog catalog = loader.catalog();
        if (request.channel() == BookingChannel.KIOSK && !catalog.kioskTreatments().contains(request.treatmentId())) {
            // Kept for the desk, or gone from the menu since the guest chose it: the kiosk's "menu changed" answer.
            throw new BookingException(BookingException.Reason.UNKNOWN_TREATMENT, "That treatment is not offered at the kiosk");
        }
        SlotRequest slotRequest = slotRequest(catalog, request);
        screeningGate.refuseBlocked(catalog, request.treatmentId(), request.addOnIds(), request.screeningYes());
        LocalDate day = LocalDate.ofInstant(request.start(), spa.zone());

        // Choose therapist and room (the guest's, or the engine's best), then lock and check for real.
        Long therapistId = request.therapistId();
        Long roomId = request.roomId();
        if (therapistId == null || roomId == null) {
            Optional<Slot> best = finder.find(loader.snapshot(catalog, day, day.plusDays(1), now, null), slotRequest)
                    .stream().filter(s -> s.start().equals(request.start())).findFirst();
            if (best.isEmpty()) {
                return new HoldOutcome.JustTaken(nextFree(request, now));
            }
            therapistId = best.get().therapistId();
            roomId = best.get().roomId();
        }
        Snapshot snapshot = lockAndReread(catalog, slotRequest, therapistId, roomId, day, now, null);
        SlotCheck.Result check = SlotCheck.check(snapshot, slotRequest, request.start(), therapistId, roomId);
        if (check.problem().isPresent()) {
            if (check.problem().get().isJustTaken()) {
                return new HoldOutcome.JustTaken(nextFree(catalog, request, now));
            }
            throw new BookingException(BookingException.Reason.valueOf(check.problem().get().name()),
                    "That slot cannot be booked: " + check.problem().get());
        }
        Slot slot = check.slot().orElseThrow();
        Money price = Quote.of(catalog, request.variantId(), request.addOnIds()).price();
        Instant expiresAt = now.plus(properties.holdTtl());
        Booking hold = Booking.held(new Assignment(request.treatmentId(), request.variantId(), therapistId, roomId,
                slot.start(), slot.end(), slot.blockedUntil()), price, request.channel(), request.owner(), expiresAt,
                now, request.channel().name().toLowerCase());
        hold.placedBy(client);
        for (HoldRequest.AddOnChoice choice : request.addOns()) {
            SpaCatalog.AddOnSpec addOn = catalog.addOns().get(choice.addOnId());
            hold.addAddOn(addOn.id(), choice.optionCode(), addOn.price(), addOn.minutes());
        }
        slot.equipment().forEach(u -> hold.useEquipment(u.equipmentTypeId(), u.when().start(), u.when().end()));
        bookings.saveAndFlush(hold);
        return new HoldOutcome.Held(hold.getId(), slot, price, expiresAt);
    }

    /**
     * Confirms a live hold of {@code owner} for the guest: it gets its reference code and its
     * history begins. Screening findings are kept (only the flagged items and verdicts). The
     * booking is linked to the guest's record, found by phone or e-mail or created (one per person,
     * whatever races). At the desk the history names the signed-in staff member.
     */
    @Transactional
    @AnonymousAccess("kiosk guests confirm their own hold; the owner comes from the server-side session")
    public Confirmation confirm(long bookingId, String owner, Guest guest, ScreeningConsent screening) {
        Instant now = clock.instant();
        Booking hold = bookings.findForUpdate(bookingId)
                .orElseThrow(() -> new BookingException(BookingException.Reason.NOT_FOUND, "No such hold"));
        if (hold.getStatus() != BookingStatus.HELD) {
            throw new BookingException(BookingException.Reason.HOLD_EXPIRED, "The hold is no longer active");
        }
        if (!hold.getHoldOwner().equals(owner)) {
            throw new BookingException(BookingException.Reason.FOREIGN_HOLD, "That hold belongs to someone else");
        }
        if (!hold.getHoldExpiresAt().isAfter(now)) {
            throw new BookingException(BookingException.Reason.HOLD_EXPIRED, "The hold ran out");
        }
        if (screening != null) {
            screeningGate.record(loader.catalog(), hold, screening);
        }
        hold.linkGuest(guests.link(guest, now));
        String channel = hold.getChannel().name().toLowerCase();
        hold.confirm(guest, uniqueCode(), now,
                hold.getChannel() == BookingChannel.DESK ? Actor.current().orElse(channel) : channel);
        metrics.confirmed(hold.getChannel());
        return Confirmation.of(hold);
    }

    /** Lets go of a live hold of {@code owner} (the guest walked away or started over); does nothing otherwise. */
    @Transactional
    @AnonymousAccess("kiosk guests let go of their own hold; the owner comes from the server-side session")
    public void releaseHold(long bookingId, String owner) {
        bookings.findForUpdate(bookingId)
                .filter(b -> b.getStatus() == BookingStatus.HELD && owner.equals(b.getHoldOwner()))
                .ifPresent(b -> b.expire(clock.instant()));
    }

    /**
     * Cancels a confirmed or checked-in booking without a reason, for callers that have none to
     * give; the desk uses {@link #cancel(long, long, String)}.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void cancel(long bookingId, long version) {
        changeStatus(bookingId, version, BookingStatus.CANCELLED);
    }

    /**
     * Cancels a confirmed or checked-in booking; {@code version} must be the one the caller saw.
     * The reason (plain text, at most {@link Booking#REASON_MAX} characters, e.g. "Guest called to
     * cancel: has a cold") is kept with the booking and in the history line, which names the
     * signed-in staff member.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void cancel(long bookingId, long version, String reason) {
        endWithReason(bookingId, version, BookingStatus.CANCELLED, reason);
    }

    /** Marks a confirmed or checked-in booking a no-show, with the reason, like {@link #cancel(long, long, String)}. */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void markNoShow(long bookingId, long version, String reason) {
        endWithReason(bookingId, version, BookingStatus.NO_SHOW, reason);
    }

    private void endWithReason(long bookingId, long version, BookingStatus next, String reason) {
        Booking booking = lockedCurrent(bookingId, version);
        requireTransition(booking, next);
        booking.endWithReason(next, reason, clock.instant(), Actor.required());
        countIfCancelled(booking, next);
    }

    private void countIfCancelled(Booking booking, BookingStatus next) {
        if (next == BookingStatus.CANCELLED) {
            metrics.cancelled(booking.getChannel());
        }
    }

    /**
     * Moves a booking along an allowed status transition (check in, start, and, without a
     * reason, no-show and cancel). Completing goes through {@link #checkout}, which records the
     * payment. The history names the signed-in staff member, taken from the security context.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void changeStatus(long bookingId, long version, BookingStatus next) {
        Booking booking = lockedCurrent(bookingId, version);
        requireTransition(booking, next);
        if (next == BookingStatus.COMPLETED) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED,
                    "A session is completed at checkout, with how it was paid");
        }
        if (next == BookingStatus.IN_PROGRESS && booking.isScreeningReviewOpen()) {
            throw new BookingException(BookingException.Reason.REVIEW_NOT_CLEARED,
                    "The guest's screening answers must be reviewed before the session starts");
        }
        booking.changeStatus(next, clock.instant(), Actor.required());
        countIfCancelled(booking, next);
    }

    /**
     * Checkout: completes a session in progress and records how it was paid, with any discount
     * and its reason; the guest pays the price less the discount. A discount above the price, a
     * negative one or one without a reason is refused and nothing changes. The history line
     * says what was paid, how, and why a discount was given.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void checkout(long bookingId, long version, PaymentMethod method, Money discount, String discountReason) {
        Booking booking = lockedCurrent(bookingId, version);
        requireTransition(booking, BookingStatus.COMPLETED);
        Instant now = clock.instant();
        booking.complete(Payment.of(booking.getPrice(), method, discount, discountReason, now), now, Actor.required());
    }

    /**
     * Saves the desk's note on a booking (plain text, lines allowed, at most
     * {@link Booking#DESK_NOTE_MAX} characters; blank clears it), with the version the clerk saw.
     * The history says "note changed" and who changed it, not the note itself.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void changeDeskNote(long bookingId, long version, String note) {
        Booking booking = lockedCurrent(bookingId, version);
        booking.changeDeskNote(note, clock.instant(), Actor.required());
    }

    private static void requireTransition(Booking booking, BookingStatus next) {
        if (!booking.getStatus().canBecome(next)) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED,
                    "A " + booking.getStatus() + " booking cannot become " + next);
        }
    }

    /**
     * A staff member cleared the screening review of a booking (they spoke with the guest); the
     * note says what they found. The history names them.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void clearScreeningReview(long bookingId, long version, String note) {
        Booking booking = lockedCurrent(bookingId, version);
        if (!booking.isScreeningReviewOpen()) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED, "There is no review to clear");
        }
        booking.clearScreeningReview(note, clock.instant(), Actor.required());
    }

    /**
     * Moves a booking to a new time, therapist and/or room, with the same checks as a new one.
     * Answers {@link HoldOutcome.JustTaken} with alternatives when the new slot is taken. The
     * history names the signed-in staff member.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public Optional<HoldOutcome.JustTaken> move(long bookingId, long version, Instant start, long therapistId,
                                                long roomId) {
        String actor = Actor.required();
        try {
            return tx.execute(status -> moveLocked(bookingId, version, start, therapistId, roomId, actor));
        } catch (DataIntegrityViolationException e) {
            if (isOverlapConstraint(e)) {
                return Optional.of(new HoldOutcome.JustTaken(List.of()));
            }
            throw e;
        }
    }

    private Optional<HoldOutcome.JustTaken> moveLocked(long bookingId, long version, Instant start, long therapistId,
                                                      long roomId, String actor) {
        Instant now = clock.instant();
        if (start.isBefore(now)) {
            throw new BookingException(BookingException.Reason.IN_THE_PAST, "That time has already passed");
        }
        Booking booking = lockedCurrent(bookingId, version);
        if (!booking.getStatus().occupiesCalendar() || booking.getStatus() == BookingStatus.HELD) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED, "Only bookings can be moved");
        }
        SpaCatalog catalog = loader.catalog();
        List<Long> addOnIds = booking.getAddOns().stream().map(Booking.BookedAddOn::addOnId).toList();
        SlotRequest slotRequest = requests.build(catalog, booking.getTreatmentId(), booking.getVariantId(), addOnIds,
                start, start.plusSeconds(1), therapistId, 1);
        LocalDate day = LocalDate.ofInstant(start, spa.zone());
        Snapshot snapshot = lockAndReread(catalog, slotRequest, therapistId, roomId, day, now, bookingId);
        SlotCheck.Result check = SlotCheck.check(snapshot, slotRequest, start, therapistId, roomId);
        if (check.problem().isPresent()) {
            if (check.problem().get().isJustTaken()) {
                Instant dayStart = day.atStartOfDay(spa.zone()).toInstant();
                SlotRequest alternatives = requests.build(catalog, booking.getTreatmentId(), booking.getVariantId(),
                        addOnIds, dayStart.isAfter(now) ? dayStart : now, day.plusDays(1).atStartOfDay(spa.zone()).toInstant(),
                        null, properties.alternatives());
                return Optional.of(new HoldOutcome.JustTaken(finder.find(snapshot, alternatives)));
            }
            throw new BookingException(BookingException.Reason.valueOf(check.problem().get().name()),
                    "The booking cannot move there: " + check.problem().get());
        }
        Slot slot = check.slot().orElseThrow();
        changes.record(booking.getStartsAt(), booking.getEndsAt()); // the day it leaves redraws too
        booking.moveTo(new Assignment(booking.getTreatmentId(), booking.getVariantId(), therapistId, roomId,
                        slot.start(), slot.end(), slot.blockedUntil()),
                slot.equipment().stream().map(u -> new Booking.EquipmentUse(u.equipmentTypeId(), u.when().start(),
                        u.when().end())).toList(), now, actor);
        bookings.flush();
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public Optional<Booking> findByReferenceCode(String code) {
        return bookings.findByReferenceCode(code);
    }

    /** How many bookings of any status exist (the demo loader fills only an empty spa). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public long countBookings() {
        return bookings.count();
    }

    /** Whether a booking already carries this reference code (for importing or generating codes). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public boolean isReferenceCodeTaken(String code) {
        return bookings.existsByReferenceCode(code);
    }

    /**
     * Records an already confirmed booking, as when importing a spa's existing calendar. It
     * takes the same locks and refuses an overlap for the therapist or room.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Booking importConfirmed(Booking booking) {
        return importConfirmed(booking, null);
    }

    /**
     * Records an already confirmed booking with the guest's screening answers: the flags come
     * from the same rules as at the kiosk, and a treatment or add-on they rule out is refused
     * with {@code SCREENING_BLOCKED}, nothing written.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Booking importConfirmed(Booking booking, ScreeningConsent screening) {
        if (screening != null) {
            screeningGate.record(loader.catalog(), booking, screening);
        }
        locks.lock(booking.getTherapistId(), booking.getRoomId(),
                booking.getEquipment().stream().map(Booking.EquipmentUse::equipmentTypeId).toList());
        long clashes = bookings.countOverlapping(booking.getTherapistId(), booking.getRoomId(),
                booking.getStartsAt(), booking.getBlockedUntil(), BookingStatus.OCCUPYING);
        if (clashes > 0) {
            throw new IllegalArgumentException("That time is already taken for this therapist or room");
        }
        if (booking.getGuestPhone() != null || booking.getGuestEmail() != null) {
            booking.linkGuest(guests.link(new Guest(booking.getGuestFirstName(), booking.getGuestPhone(),
                    booking.getGuestEmail()), clock.instant()));
        }
        return bookings.save(booking);
    }

    /** Marks every hold that ran out as EXPIRED; returns how many. Run by {@link HoldSweeper}. */
    @Transactional
    int expireHolds() {
        Instant now = clock.instant();
        changes.recordStarts(bookings.startsOfExpiredHolds(now));
        int expired = bookings.expireHolds(now);
        metrics.holdsExpired(expired);
        return expired;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Steps 1-3 of the referee (decision 0008): lock therapist, room and equipment in the fixed
     * order, expire holds that ran out there, and re-read the day as it is committed now.
     */
    private Snapshot lockAndReread(SpaCatalog catalog, SlotRequest slotRequest, long therapistId, long roomId,
                                   LocalDate day, Instant now, Long ignoredBooking) {
        locks.lockFor(therapistId, roomId, slotRequest, now);
        // The catalog again (one version query): a room block committed while we waited for the lock is in it.
        return loader.snapshot(loader.catalog(), day, day.plusDays(1), now, ignoredBooking);
    }

    private SlotRequest slotRequest(SpaCatalog catalog, HoldRequest request) {
        SlotRequests.requireOptions(catalog, request.treatmentId(), request.addOns());
        return requests.build(catalog, request.treatmentId(), request.variantId(), request.addOnIds(),
                request.start(), request.start().plusSeconds(1), request.therapistId(), 1);
    }

    /**
     * A client's address as the hold table keeps it: hashed, since it only needs telling apart,
     * and cleared with the hold.
     */
    static String clientKey(String address) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("hold-client:" + address).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private List<Slot> nextFree(HoldRequest request, Instant now) {
        return nextFree(loader.catalog(), request, now);
    }

    /** The next free slots for the same request, from the wanted time on (or now) to the end of the next day. */
    private List<Slot> nextFree(SpaCatalog catalog, HoldRequest request, Instant now) {
        Instant from = request.start().isAfter(now) ? request.start() : now;
        LocalDate day = LocalDate.ofInstant(from, spa.zone());
        SlotRequest search = requests.build(catalog, request.treatmentId(), request.variantId(), request.addOnIds(),
                from, day.plusDays(2).atStartOfDay(spa.zone()).toInstant(), request.therapistId(),
                properties.alternatives());
        return finder.find(loader.snapshot(catalog, day, day.plusDays(2), now, null), search);
    }

    private Booking lockedCurrent(long bookingId, long version) {
        return bookings.lockedCurrent(bookingId, version);
    }

    private String uniqueCode() {
        String code;
        do {
            code = codes.next();
        } while (bookings.existsByReferenceCode(code));
        return code;
    }

    /** PostgreSQL's exclusion constraint said no (SQLSTATE 23P01): another booking overlaps. */
    static boolean isOverlapConstraint(Throwable e) {
        return hasSqlState(e, "23P01");
    }

    /** Whether the database refused with this SQLSTATE (23505: a unique key, on H2 and PostgreSQL alike). */
    static boolean hasSqlState(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
