package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.scheduling.Slot;
import java.time.Instant;
import java.util.List;

/** What asking for a hold gave: the slot is held, or someone was quicker and here are the next free ones. */
public sealed interface HoldOutcome {

    /** The slot is held until {@code expiresAt}; confirm it with the booking id and the same owner. */
    record Held(long bookingId, Slot slot, Money price, Instant expiresAt) implements HoldOutcome {
    }

    /** Someone else took that time a moment ago. These are the next free slots for the same request. */
    record JustTaken(List<Slot> nextFree) implements HoldOutcome {
    }
}
