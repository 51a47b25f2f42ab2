package com.spakiosk.scheduling;

/** Why a particular time, therapist and room cannot be booked. */
public enum SlotProblem {
    /** The therapist is not trained for the treatment (or does not work here). */
    UNQUALIFIED_THERAPIST,
    /** The therapist is on holiday, sick leave or a course then. */
    DURING_TIME_OFF,
    /** Outside the therapist's shift, or across a break. */
    OUTSIDE_SHIFT,
    /** The therapist has another booking or a live hold then. Someone was quicker. */
    THERAPIST_TAKEN,
    /** The room is not set up for this treatment (or does not exist). */
    ROOM_UNSUITABLE,
    /** The room is in use then. Someone was quicker. */
    ROOM_TAKEN,
    /** Every unit of some equipment (a stone heater) is in use then. */
    EQUIPMENT_EXHAUSTED;

    /** True when the slot was possible in principle but another booking now holds it. */
    public boolean isJustTaken() {
        return this == THERAPIST_TAKEN || this == ROOM_TAKEN || this == EQUIPMENT_EXHAUSTED;
    }
}
