package com.spakiosk.booking;

import com.spakiosk.settings.SpaSettingsService;
import com.spakiosk.base.ContactCheck;
import com.spakiosk.base.PlainText;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's guest records: search them, read one with their bookings and counts, edit name,
 * contact and notes. Records are created by {@link BookingService#confirm} (kiosk and desk alike),
 * never here, so that a guest exists only because they booked.
 */
@Service
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class GuestService {

    /** A search lists at most this many guests; the clerk types more to narrow it. */
    public static final int SEARCH_LIMIT = 20;
    /** Fewer characters than this find nothing (every guest has an "a" in their name). */
    public static final int SEARCH_MIN = 2;

    private final GuestRecordRepository guests;
    private final SpaSettingsService settings;
    private final ContactCheck contact;
    private final Clock clock;

    GuestService(GuestRecordRepository guests, SpaSettingsService settings, SpaProperties spa, Clock clock) {
        this.guests = guests;
        this.settings = settings;
        this.contact = new ContactCheck(spa.country());
        this.clock = clock;
    }

    /**
     * Guests by part of their name or e-mail, their phone number (as typed, in any format, or a
     * run of its digits) or the code of one of their bookings. Anonymised guests are not found.
     */
    @Transactional(readOnly = true)
    public List<GuestSummary> search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() < SEARCH_MIN || !PlainText.isPlain(text)) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String pattern = "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String digits = text.replaceAll("[\\s()./-]", "");
        String digitRun = digits.matches("\\+?\\d{4,}") ? "%" + digits.replaceFirst("^\\+?0*", "") + "%" : null;
        String upper = text.toUpperCase(Locale.ROOT);
        return guests.search(pattern, contact.phone(text).orElse(null), digitRun,
                        ReferenceCode.isWellFormed(upper) ? upper : null, PageRequest.of(0, SEARCH_LIMIT))
                .stream().map(GuestSummary::of).toList();
    }

    /** One guest with their bookings, past and upcoming, and how often they did not come or cancelled late. */
    @Transactional(readOnly = true)
    public Optional<GuestDetails> details(long guestId) {
        return guests.findById(guestId).map(this::details);
    }

    private GuestDetails details(GuestRecord g) {
        Instant now = clock.instant();
        Duration cutoff = settings.current().guestCancelCutoff();
        Map<Long, Instant> cancelled = new HashMap<>();
        for (Object[] row : guests.cancellationsOf(g.getId())) {
            cancelled.put((Long) row[0], (Instant) row[1]);
        }
        List<GuestDetails.Visit> upcoming = new ArrayList<>();
        List<GuestDetails.Visit> past = new ArrayList<>();
        int noShows = 0;
        int lateCancels = 0;
        for (Booking b : guests.bookingsOf(g.getId())) {
            Instant cancelledAt = b.getStatus() == BookingStatus.CANCELLED ? cancelled.get(b.getId()) : null;
            boolean late = cancelledAt != null && isLate(cancelledAt, b.getStartsAt(), cutoff);
            var visit = new GuestDetails.Visit(b.getId(), b.getReferenceCode(), b.getStartsAt(), b.getEndsAt(),
                    b.getTreatmentId(), b.getTherapistId(), b.getStatus(), cancelledAt, late);
            (b.getEndsAt().isAfter(now) ? upcoming : past).add(visit);
            noShows += b.getStatus() == BookingStatus.NO_SHOW ? 1 : 0;
            lateCancels += late ? 1 : 0;
        }
        upcoming.sort(java.util.Comparator.comparing(GuestDetails.Visit::start));
        return new GuestDetails(g.getId(), g.getVersion(), g.getFirstName(), g.getLastName(), g.getPhone(),
                g.getEmail(), g.getNotes(), g.getCreatedAt(), upcoming, past, noShows, lateCancels);
    }

    /** Cancelled later than a guest could have cancelled at the kiosk. */
    private static boolean isLate(Instant cancelledAt, Instant start, Duration cutoff) {
        return cancelledAt.isAfter(start.minus(cutoff));
    }

    /**
     * Saves the desk's edit of a guest; {@code version} must be the one the clerk saw. Phone and
     * e-mail are normalised as at the kiosk; one of them is needed; neither may belong to another
     * guest. Bookings keep the contact they were made with.
     *
     * @throws GuestException with the reason, when anything is wrong; nothing is saved then
     */
    @Transactional
    public GuestDetails update(long guestId, long version, GuestEdit edit) {
        Guest normalised = normalise(edit);
        String notes;
        try {
            notes = GuestRecord.notes(edit.notes());
        } catch (IllegalArgumentException e) {
            throw new GuestException(GuestException.Reason.INVALID_NOTES, e.getMessage());
        }
        GuestRecord g = guests.findForUpdate(guestId)
                .orElseThrow(() -> new GuestException(GuestException.Reason.NOT_FOUND, "No such guest"));
        if (g.getVersion() != version) {
            throw new GuestException(GuestException.Reason.STALE, "Someone else changed this guest a moment ago");
        }
        if (normalised.phone() != null && guests.existsByPhoneAndIdNot(normalised.phone(), guestId)) {
            throw new GuestException(GuestException.Reason.PHONE_TAKEN, "Another guest has this phone number");
        }
        if (normalised.email() != null && guests.existsByEmailAndIdNot(normalised.email(), guestId)) {
            throw new GuestException(GuestException.Reason.EMAIL_TAKEN, "Another guest has this e-mail address");
        }
        g.edit(normalised, notes, clock.instant());
        try {
            guests.saveAndFlush(g);
        } catch (DataIntegrityViolationException e) {
            // A booking gave another guest this contact between our check and the write.
            throw new GuestException(GuestException.Reason.PHONE_TAKEN, "Another guest took this contact a moment ago");
        }
        return details(g);
    }

    private Guest normalise(GuestEdit edit) {
        String first = edit.firstName() == null ? "" : edit.firstName().strip();
        if (first.isEmpty() || first.length() > GuestRecord.FIRST_NAME_MAX || !PlainText.isPlain(first)) {
            throw new GuestException(GuestException.Reason.INVALID_NAME, "A first name is needed, in plain text");
        }
        String last = edit.lastName() == null ? "" : edit.lastName().strip();
        if (last.length() > GuestRecord.LAST_NAME_MAX || !PlainText.isPlain(last)) {
            throw new GuestException(GuestException.Reason.INVALID_NAME, "The last name is too long or not plain text");
        }
        String phone = blank(edit.phone()) ? null : contact.phone(edit.phone())
                .orElseThrow(() -> new GuestException(GuestException.Reason.INVALID_PHONE, "Not a phone number"));
        String email = blank(edit.email()) ? null : contact.email(edit.email())
                .orElseThrow(() -> new GuestException(GuestException.Reason.INVALID_EMAIL, "Not an e-mail address"));
        if (phone == null && email == null) {
            throw new GuestException(GuestException.Reason.CONTACT_REQUIRED, "A phone number or an e-mail address is needed");
        }
        return new Guest(first, last, phone, email);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What the desk typed into a guest's form, before it is checked. */
    public record GuestEdit(String firstName, String lastName, String phone, String email, String notes) {
    }
}
