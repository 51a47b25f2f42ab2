package com.spakiosk.reports;

/**
 * Of the guests with a completed visit in the period, how many have a later booking (made and not
 * cancelled): the spa's rebooking rate. Guests without a record (anonymised) are not counted.
 */
public record Rebooking(long guests, long rebooked) {

    public Ratio rate() {
        return new Ratio(rebooked, guests);
    }
}
