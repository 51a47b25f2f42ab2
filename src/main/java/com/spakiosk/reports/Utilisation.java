package com.spakiosk.reports;

/**
 * A therapist's or room's time in the period: minutes booked (sessions that were booked, kept or
 * not, without turnover) over the minutes available (shifts less breaks and time off); the minutes
 * blocked (time off, e.g. sick or training, within the shifts) shown apart.
 */
public record Utilisation(String name, long bookedMinutes, long availableMinutes, long blockedMinutes) {

    public Ratio rate() {
        return new Ratio(bookedMinutes, availableMinutes);
    }
}
