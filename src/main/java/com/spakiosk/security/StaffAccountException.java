package com.spakiosk.security;

/** A change to a staff account that was refused; the screens answer each reason calmly. */
public class StaffAccountException extends RuntimeException {

    public enum Reason {
        /** It would leave the spa without an active manager. */
        LAST_MANAGER,
        /** A manager may not disable, demote or reset themselves (another manager can). */
        OWN_ACCOUNT,
        /** Someone changed the account since it was shown: reload. */
        STALE,
        USERNAME_TAKEN,
        NOT_FOUND,
        /** The current password given for a change of one's own password is wrong. */
        WRONG_PASSWORD,
        /** The new password is the one the account has. */
        SAME_PASSWORD
    }

    private final Reason reason;

    StaffAccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
