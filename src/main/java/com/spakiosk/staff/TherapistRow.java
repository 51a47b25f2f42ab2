package com.spakiosk.staff;

/** A therapist in the manager's list: how the desk shows them and how much they work this week. */
public record TherapistRow(long id, String name, boolean active, TherapistColour colour, int treatments,
                           long minutesThisWeek) {
}
