package com.spakiosk.booking;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Money;
import com.spakiosk.base.PlainText;
import com.spakiosk.base.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An appointment: a guest, a treatment, a therapist, a room and a time; or, in status
 * HELD, a slot reserved for a few minutes while a guest finishes. Equipment use, add-ons
 * and screening flags belong to it; every change is written to its history, and every
 * committed change is announced to the open desks ({@link BookingChangeRecorder}).
 */
@Entity
@EntityListeners(BookingChangeRecorder.class)
public class Booking extends AbstractEntity {

    public static final int FIRST_NAME_MAX = 60;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 254;
    public static final int ACTOR_MAX = 60;
    /** A cancel or no-show reason, and a discount reason: a preset and a few words. */
    public static final int REASON_MAX = 200;
    public static final int DESK_NOTE_MAX = 1000;

    private String referenceCode;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    @Enumerated(EnumType.STRING)
    private BookingChannel channel;

    private Long treatmentId;
    private Long variantId;
    private Long therapistId;
    private Long roomId;
    private Instant startsAt;
    private Instant endsAt;
    /** End of the session plus the room's turnover: the calendar is busy until then. */
    private Instant blockedUntil;
    private String holdOwner;
    /** The client (a kiosk's address, hashed) that placed a hold, for the cap on live holds per client. */
    private String holdClient;
    private Instant holdExpiresAt;
    /** The guest's record ({@link GuestRecord}), by id like the other features' rows. */
    private Long guestId;
    private String guestFirstName;
    private String guestPhone;
    private String guestEmail;
    private BigDecimal priceAmount;
    private String currency;
    private Instant screeningConsentAt;
    private boolean screeningReviewRequired;
    private Instant screeningClearedAt;
    private String screeningClearedBy;
    private String statusReason;
    private String deskNote;
    @Embedded
    private Payment payment;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "booking_add_on", joinColumns = @JoinColumn(name = "booking_id"))
    private List<BookedAddOn> addOns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "booking_equipment", joinColumns = @JoinColumn(name = "booking_id"))
    private List<EquipmentUse> equipment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "booking_screening_flag", joinColumns = @JoinColumn(name = "booking_id"))
    private List<ScreeningFlag> screeningFlags = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt")
    private List<BookingHistoryEntry> history = new ArrayList<>();

    protected Booking() {
    }

    /** A confirmed booking, e.g. one the desk took on the phone. */
    public static Booking confirmed(Assignment slot, Guest guest, Money price, BookingChannel channel,
                                    String referenceCode, Instant now, String actor) {
        Booking b = placed(slot, price, channel, now, actor);
        b.referenceCode = Require.present(referenceCode, "Reference code");
        b.status = BookingStatus.CONFIRMED;
        b.guestFirstName = guest.firstName();
        b.guestPhone = guest.phone();
        b.guestEmail = guest.email();
        b.history.add(new BookingHistoryEntry(b, now, b.createdBy, "CREATED", null, BookingStatus.CONFIRMED,
                "Booked via " + channel.name().toLowerCase()));
        return b;
    }

    /** A slot held for a guest until {@code expiresAt}; it becomes a booking on confirm. */
    public static Booking held(Assignment slot, Money price, BookingChannel channel, String owner, Instant expiresAt,
                               Instant now, String actor) {
        Booking b = placed(slot, price, channel, now, actor);
        b.status = BookingStatus.HELD;
        b.holdOwner = Require.text(owner, 64, "Hold owner");
        b.holdExpiresAt = Require.present(expiresAt, "Hold expiry");
        return b;
    }

    private static Booking placed(Assignment slot, Money price, BookingChannel channel, Instant now, String actor) {
        Booking b = new Booking();
        b.channel = Require.present(channel, "Channel");
        b.treatmentId = slot.treatmentId();
        b.variantId = slot.variantId();
        b.therapistId = slot.therapistId();
        b.roomId = slot.roomId();
        b.startsAt = slot.startsAt();
        b.endsAt = slot.endsAt();
        b.blockedUntil = slot.blockedUntil();
        b.priceAmount = price.amount();
        b.currency = price.currency().getCurrencyCode();
        b.createdAt = now;
        b.updatedAt = now;
        b.createdBy = Require.text(actor, ACTOR_MAX, "Actor");
        b.updatedBy = b.createdBy;
        return b;
    }

    /** Notes which client placed this hold (counted against its cap of live holds). */
    void placedBy(String clientKey) {
        this.holdClient = clientKey;
    }

    /** Links the booking to the record of its guest. */
    void linkGuest(long guestId) {
        this.guestId = guestId;
    }

    /** Turns this hold into a confirmed booking for the guest. */
    void confirm(Guest guest, String referenceCode, Instant now, String actor) {
        this.guestFirstName = guest.firstName();
        this.guestPhone = guest.phone();
        this.guestEmail = guest.email();
        this.referenceCode = Require.present(referenceCode, "Reference code");
        this.holdOwner = null;
        this.holdClient = null;
        this.holdExpiresAt = null;
        record(BookingStatus.CONFIRMED, "CONFIRMED", "Booked via " + channel.name().toLowerCase(), now, actor);
    }

    /** A hold whose time ran out: it blocks nothing any more. */
    void expire(Instant now) {
        this.holdExpiresAt = null;
        this.holdClient = null;
        this.status = BookingStatus.EXPIRED;
        this.updatedAt = now;
        this.updatedBy = "system";
    }

    /** Moves the booking to another time, therapist or room (the caller has checked the new slot). */
    void moveTo(Assignment slot, java.util.List<EquipmentUse> newEquipment, Instant now, String actor) {
        String from = startsAt + " therapist " + therapistId + " room " + roomId;
        this.therapistId = slot.therapistId();
        this.roomId = slot.roomId();
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.blockedUntil = slot.blockedUntil();
        this.equipment.clear();
        this.equipment.addAll(newEquipment);
        record(status, "MOVED", "From " + from + " to " + startsAt + " therapist " + therapistId + " room " + roomId,
                now, actor);
    }

    /**
     * Another duration or other add-ons for the same treatment, time, therapist and room (the
     * caller has checked the new session, its equipment and the screening): price, end, equipment
     * and screening flags follow; a new REVIEW finding opens the review again.
     */
    void changeTreatment(long newVariantId, List<BookedAddOn> newAddOns, Money newPrice, Instant newEnd,
                         Instant newBlockedUntil, List<EquipmentUse> newEquipment, List<ScreeningFlag> newFlags,
                         String details, Instant now, String actor) {
        boolean newReview = newFlags.stream().anyMatch(f -> "REVIEW".equals(f.verdict()) && !screeningFlags.contains(f));
        this.variantId = newVariantId;
        this.addOns.clear();
        this.addOns.addAll(newAddOns);
        this.priceAmount = newPrice.amount();
        this.currency = newPrice.currency().getCurrencyCode();
        this.endsAt = newEnd;
        this.blockedUntil = newBlockedUntil;
        this.equipment.clear();
        this.equipment.addAll(newEquipment);
        this.screeningFlags.clear();
        this.screeningFlags.addAll(newFlags);
        this.screeningReviewRequired = newFlags.stream().anyMatch(f -> "REVIEW".equals(f.verdict()));
        if (newReview) {
            this.screeningClearedAt = null;
            this.screeningClearedBy = null;
        }
        record(status, "CHANGED", details, now, actor);
    }

    /** Changes the status along an allowed transition and writes it to the history. */
    void changeStatus(BookingStatus next, Instant now, String actor) {
        record(next, next.name(), "", now, actor);
    }

    /**
     * For an imported calendar (a spa's existing book, the demo's morning): a session that has
     * already happened, or is happening, arrives with its status and its history line. Only a
     * booking not yet saved takes one, and only along an allowed transition.
     */
    public void importStatus(BookingStatus next, Instant at, String actor) {
        if (getId() != null) {
            throw new IllegalStateException("Only a booking that is not saved yet takes an imported status");
        }
        if (!status.canBecome(next)) {
            throw new IllegalArgumentException("A " + status + " booking cannot become " + next);
        }
        record(next, next.name(), "", at, actor);
    }

    /**
     * For an imported calendar: a completed session arrives with how it was paid (full price),
     * so that the day's takings add up as at a real till. Only a booking not yet saved.
     */
    public void importPayment(PaymentMethod method, Instant at) {
        if (getId() != null || status != BookingStatus.COMPLETED) {
            throw new IllegalStateException("Only a completed booking that is not saved yet takes an imported payment");
        }
        this.payment = Payment.of(getPrice(), method, null, null, at);
    }

    /**
     * Cancels the booking or marks it a no-show, with the reason (a preset and the clerk's words,
     * or the kiosk's own); the reason is kept with the booking and in the history line.
     */
    void endWithReason(BookingStatus next, String reason, Instant now, String actor) {
        if (next != BookingStatus.CANCELLED && next != BookingStatus.NO_SHOW) {
            throw new IllegalArgumentException("Only a cancellation or a no-show has a reason");
        }
        this.statusReason = Require.plainText(reason, REASON_MAX, "Reason");
        record(next, next.name(), statusReason, now, actor);
    }

    /** The desk's note; an empty note clears it. The history says the note changed, not what it says. */
    void changeDeskNote(String note, Instant now, String actor) {
        this.deskNote = deskNote(note);
        record(status, "NOTE_CHANGED", "note changed", now, actor);
    }

    /**
     * A desk note may span lines (a clerk writes a few), but holds no other control or invisible
     * characters; blank clears it.
     */
    static String deskNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip().replace("\r\n", "\n");
        if (text.length() > DESK_NOTE_MAX) {
            throw new IllegalArgumentException("Note must be at most " + DESK_NOTE_MAX + " characters");
        }
        if (!text.lines().allMatch(PlainText::isPlain)) {
            throw new IllegalArgumentException("Note must not contain control or invisible formatting characters");
        }
        return text;
    }

    /** Completes the session with how it was paid (the caller checked the transition). */
    void complete(Payment paid, Instant now, String actor) {
        this.payment = Require.present(paid, "Payment");
        record(BookingStatus.COMPLETED, BookingStatus.COMPLETED.name(), paid.summary(getPrice()), now, actor);
    }

    /** Whether the screening asks for a staff review that nobody has cleared yet. */
    public boolean isScreeningReviewOpen() {
        return screeningReviewRequired && screeningClearedAt == null;
    }

    public Instant getScreeningClearedAt() {
        return screeningClearedAt;
    }

    public String getScreeningClearedBy() {
        return screeningClearedBy;
    }

    /** A staff member checked the guest's answers with them; the note says what they found. */
    void clearScreeningReview(String note, Instant now, String actor) {
        this.screeningClearedAt = now;
        this.screeningClearedBy = Require.text(actor, ACTOR_MAX, "Actor");
        record(status, "REVIEW_CLEARED", Require.plainText(note, 200, "Note"), now, actor);
    }

    private void record(BookingStatus next, String action, String details, Instant now, String actor) {
        BookingStatus previous = this.status;
        this.status = next;
        this.updatedAt = now;
        this.updatedBy = Require.text(actor, ACTOR_MAX, "Actor");
        history.add(new BookingHistoryEntry(this, now, updatedBy, action, previous, next, details));
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public String getHoldOwner() {
        return holdOwner;
    }

    public void addAddOn(long addOnId, String optionCode, Money price, int extraMinutes) {
        addOns.add(new BookedAddOn(addOnId, optionCode, price.amount(), extraMinutes));
    }

    public void useEquipment(long equipmentTypeId, Instant from, Instant to) {
        if (from.isBefore(startsAt) || to.isAfter(endsAt) || !from.isBefore(to)) {
            throw new IllegalArgumentException("Equipment is used within the session");
        }
        equipment.add(new EquipmentUse(equipmentTypeId, from, to));
    }

    public void recordScreeningConsent(Instant at) {
        this.screeningConsentAt = Require.present(at, "Consent time");
    }

    public void flag(String questionCode, String subject, String verdict, String note) {
        screeningFlags.add(new ScreeningFlag(questionCode, subject, verdict, note));
        if ("REVIEW".equals(verdict)) {
            screeningReviewRequired = true;
        }
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public BookingChannel getChannel() {
        return channel;
    }

    public long getTreatmentId() {
        return treatmentId;
    }

    public long getVariantId() {
        return variantId;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public long getRoomId() {
        return roomId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    /** The guest's record, or null for a hold or a booking made before guest records existed without contact. */
    public Long getGuestId() {
        return guestId;
    }

    public String getGuestFirstName() {
        return guestFirstName;
    }

    public String getGuestPhone() {
        return guestPhone;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public Money getPrice() {
        return Money.of(priceAmount, currency);
    }

    public Instant getScreeningConsentAt() {
        return screeningConsentAt;
    }

    public boolean isScreeningReviewRequired() {
        return screeningReviewRequired;
    }

    public long getVersion() {
        return version;
    }

    /** Why the booking was cancelled or marked a no-show; null otherwise. */
    public String getStatusReason() {
        return statusReason;
    }

    /** The desk's note, or null. */
    public String getDeskNote() {
        return deskNote;
    }

    /** How a completed session was paid; null until checkout. */
    public Payment getPayment() {
        return payment;
    }

    public List<BookedAddOn> getAddOns() {
        return Collections.unmodifiableList(addOns);
    }

    public List<EquipmentUse> getEquipment() {
        return Collections.unmodifiableList(equipment);
    }

    public List<ScreeningFlag> getScreeningFlags() {
        return Collections.unmodifiableList(screeningFlags);
    }

    public List<BookingHistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** An add-on as it was booked: price and minutes are copied so menu edits do not rewrite history. */
    @Embeddable
    public record BookedAddOn(Long addOnId, String optionCode, BigDecimal priceAmount, int extraMinutes) {
    }

    /** One unit of equipment, for the part of the session that uses it. */
    @Embeddable
    public record EquipmentUse(Long equipmentTypeId, Instant startsAt, Instant endsAt) {
    }

    /** A flagged screening item: which question, what it concerns, the verdict; never the raw answers. */
    @Embeddable
    public record ScreeningFlag(String questionCode, String subject, String verdict, String note) {
    }
}
