package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.scheduling.Slot;
import java.util.List;

/** What changing a booking's duration or add-ons gave. */
public sealed interface ChangeOutcome {

    /** Changed: the new price and the new end of the session. */
    record Changed(Money price, java.time.Instant end) implements ChangeOutcome {
    }

    /**
     * The longer session no longer fits where the booking is (another booking, the room or the
     * equipment is taken then). These are the day's times where the changed session would fit.
     */
    record JustTaken(List<Slot> nextFree) implements ChangeOutcome {
    }

    /** The guest's screening rules the change out: what is ruled out and why, as the rules word it. */
    record Blocked(List<Reason> reasons) implements ChangeOutcome {
    }

    /**
     * A treatment or add-on the screening rules out, and why: the question and the target's code
     * name the translation, the subject and the text are the database's English.
     */
    record Reason(String questionCode, String targetCode, String subject, String text) {
    }
}
