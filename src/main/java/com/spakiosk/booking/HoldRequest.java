package com.spakiosk.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A guest (or the desk) asks to hold a slot.
 *
 * @param therapistId   the therapist of the chosen slot, or null for "any therapist"
 * @param roomId        the room of the chosen slot, or null to let the engine choose
 * @param owner         who holds it (a kiosk session id); only they may confirm it
 * @param screeningYes  question codes answered "yes"; a BLOCKED combination is refused
 * @param client        where an anonymous request comes from (a kiosk's address), capped in live holds;
 *                      null for the desk
 */
public record HoldRequest(long treatmentId, long variantId, List<AddOnChoice> addOns, Instant start, Long therapistId,
                          Long roomId, String owner, BookingChannel channel, Set<String> screeningYes, String client) {

    /** A request from the desk or a test: no client cap. */
    public HoldRequest(long treatmentId, long variantId, List<AddOnChoice> addOns, Instant start, Long therapistId,
                       Long roomId, String owner, BookingChannel channel, Set<String> screeningYes) {
        this(treatmentId, variantId, addOns, start, therapistId, roomId, owner, channel, screeningYes, null);
    }

    public HoldRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(channel, "channel");
        addOns = List.copyOf(addOns);
        screeningYes = Set.copyOf(screeningYes);
    }

    List<Long> addOnIds() {
        return addOns.stream().map(AddOnChoice::addOnId).toList();
    }

    /** An add-on with its option (the oil for aromatherapy), if it has options. */
    public record AddOnChoice(long addOnId, String optionCode) {
    }
}
