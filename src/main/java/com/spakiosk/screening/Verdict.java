package com.spakiosk.screening;

/**
 * What a screening answer means for one treatment or add-on, from mild to strong.
 * When several rules apply, the strongest verdict wins.
 */
public enum Verdict {
    /** Nothing to note. */
    OK,
    /** Allowed; the therapist gets a note. */
    CAUTION,
    /** Bookable, but the front desk must clear it before the session. */
    REVIEW,
    /** Not bookable; the guest is advised to consult a doctor first. */
    BLOCKED;

    public Verdict strongest(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean isBookable() {
        return this != BLOCKED;
    }
}
