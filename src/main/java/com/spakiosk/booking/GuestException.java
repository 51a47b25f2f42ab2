package com.spakiosk.booking;

/** A change to a guest record that was refused; nothing was written. The reason picks the calm message. */
public class GuestException extends RuntimeException {

    /** Why a change was refused. */
    public enum Reason {
        NOT_FOUND,
        /** Someone else saved the guest (or the retention purge forgot them) since it was read. */
        STALE,
        INVALID_NAME,
        INVALID_PHONE,
        INVALID_EMAIL,
        CONTACT_REQUIRED,
        INVALID_NOTES,
        /** Another guest record has this phone number. */
        PHONE_TAKEN,
        /** Another guest record has this e-mail address. */
        EMAIL_TAKEN
    }

    private final Reason reason;

    public GuestException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
