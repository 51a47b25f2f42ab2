package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets what bookings no longer need (docs/decisions/0011-retention.md): health screening data
 * {@link BookingProperties#screeningRetention()} after the appointment, and the guest's name,
 * phone and e-mail {@link BookingProperties#contactRetention()} after it. What reports read
 * (treatment, time, therapist, room, price, add-ons, status, history) stays.
 * <p>
 * Every step is one set-based statement whose WHERE clause matches only rows that still hold
 * the data, so it is idempotent and safe while another instance runs it too: no rows are read
 * into Java and written back. Each statement bumps {@code version}, so a desk that still holds
 * the old row cannot write the name back (its save fails as stale).
 */
@Component
class Retention {

    /** Stands for the guest's first name once it is forgotten (the column stays filled for confirmed bookings). */
    static final String ANONYMISED_NAME = "-";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BookingProperties properties;
    private final SpaProperties spa;
    private final Clock clock;

    Retention(JdbcTemplate jdbc, PlatformTransactionManager txManager, BookingProperties properties, SpaProperties spa,
              Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.properties = properties;
        this.spa = spa;
        this.clock = clock;
    }

    /** What one run changed: counts only, never whose data. */
    record Purged(int screenings, int contacts, int guests) {
    }

    /** Runs the purges, each in its own short transaction; guest records after their bookings. */
    Purged purge() {
        return new Purged(purgeScreeningData(), anonymiseGuestContacts(), anonymiseGuests());
    }

    /**
     * Deletes the screening flags of every booking that ended more than the screening retention
     * ago, with what they imply: the consent time (proof that the guest disclosed a condition)
     * and the review marker and who cleared it. Returns how many bookings lost such data.
     */
    int purgeScreeningData() {
        OffsetDateTime cutoff = utc(clock.instant().minus(properties.screeningRetention()));
        Integer purged = tx.execute(status -> {
            int bookings = jdbc.update("""
                    update booking set screening_consent_at = null, screening_review_required = false,
                           screening_cleared_at = null, screening_cleared_by = null, version = version + 1
                    where ends_at < ? and (screening_consent_at is not null or screening_review_required = true
                       or screening_cleared_at is not null
                       or exists (select 1 from booking_screening_flag f where f.booking_id = booking.id))""", cutoff);
            jdbc.update("""
                    delete from booking_screening_flag
                    where booking_id in (select b.id from booking b where b.ends_at < ?)""", cutoff);
            return bookings;
        });
        return purged == null ? 0 : purged;
    }

    /**
     * Replaces the first name, phone and e-mail (and clears the desk's note, which may say more about
     * the guest) of every booking that ended more than the contact
     * retention ago (counted in calendar months in the spa's zone). Returns how many bookings.
     */
    int anonymiseGuestContacts() {
        Instant cutoff = clock.instant().atZone(spa.zone()).minus(properties.contactRetention()).toInstant();
        Integer anonymised = tx.execute(status -> jdbc.update("""
                update booking set guest_first_name = ?, guest_phone = null, guest_email = null, desk_note = null,
                       version = version + 1
                where ends_at < ? and (guest_phone is not null or guest_email is not null or desk_note is not null
                   or (guest_first_name is not null and guest_first_name <> ?))""",
                ANONYMISED_NAME, utc(cutoff), ANONYMISED_NAME));
        return anonymised == null ? 0 : anonymised;
    }

    /**
     * Anonymises every guest record whose every booking ended more than the contact retention ago
     * (the same cut-off as {@link #anonymiseGuestContacts()}): the name becomes {@code -}; last
     * name, phone, e-mail and notes go. A guest with a booking inside the period keeps their
     * record whole, since that booking still needs a way to reach them. The row stays, so
     * reports can still tell a returning guest's bookings apart. Returns how many guests.
     */
    int anonymiseGuests() {
        Instant now = clock.instant();
        OffsetDateTime cutoff = utc(now.atZone(spa.zone()).minus(properties.contactRetention()).toInstant());
        Integer anonymised = tx.execute(status -> jdbc.update("""
                update guest set first_name = ?, last_name = null, phone = null, email = null, notes = null,
                       updated_at = ?, version = version + 1
                where created_at < ?
                  and (phone is not null or email is not null or notes is not null or last_name is not null
                       or first_name <> ?)
                  and not exists (select 1 from booking b where b.guest_id = guest.id and b.ends_at >= ?)""",
                ANONYMISED_NAME, utc(now), cutoff, ANONYMISED_NAME, cutoff));
        return anonymised == null ? 0 : anonymised;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
