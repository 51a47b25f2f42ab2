package com.spakiosk.booking;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.PlainText;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person the spa knows: created by the first booking with a new phone number or e-mail address,
 * found again by either on every later booking (kiosk or desk), edited by the desk. Phone is
 * E.164 and e-mail lower case, so that the unique indexes on them keep one row per person. After
 * the contact retention ({@link Retention}) the row stays, anonymised, so that reports can still
 * count returning guests without knowing who they were.
 */
@Entity
@Table(name = "guest")
public class GuestRecord extends AbstractEntity {

    public static final int FIRST_NAME_MAX = Booking.FIRST_NAME_MAX;
    public static final int LAST_NAME_MAX = 60;
    public static final int NOTES_MAX = 1000;

    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected GuestRecord() {
    }

    /**
     * Replaces name, contact and notes as the desk edited them. Phone and e-mail must come
     * normalised; one of them is needed, as for a booking.
     */
    void edit(Guest contact, String notes, Instant now) {
        this.firstName = contact.firstName();
        this.lastName = contact.lastName();
        this.phone = contact.phone();
        this.email = contact.email();
        this.notes = notes(notes);
        this.updatedAt = now;
    }

    /** Notes are for staff: several lines are fine, other invisible characters are not. */
    static String notes(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        String trimmed = notes.strip();
        if (trimmed.length() > NOTES_MAX) {
            throw new IllegalArgumentException("Notes must be at most " + NOTES_MAX + " characters");
        }
        if (!PlainText.isPlain(trimmed.replace("\r\n", "\n").replace('\n', ' '))) {
            throw new IllegalArgumentException("Notes must not contain control or invisible formatting characters");
        }
        return trimmed;
    }

    /** Whether the retention purge already forgot who this was. */
    public boolean isAnonymised() {
        return phone == null && email == null;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** First and last name, as the desk reads it. */
    public String getFullName() {
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
