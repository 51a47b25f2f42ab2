package com.spakiosk.reports;

/**
 * How the bookings that were due in the period ended: of all of them (kept, no-shows and
 * cancellations), how many guests did not come and how many cancelled, the cancellations within
 * the guest cancel cut-off before the start (late) counted apart as well.
 */
public record Outcomes(String code, String name, long bookings, long noShows, long cancellations,
                       long lateCancellations) {

    public Ratio noShowRate() {
        return new Ratio(noShows, bookings);
    }

    public Ratio cancellationRate() {
        return new Ratio(cancellations, bookings);
    }

    public Ratio lateCancellationRate() {
        return new Ratio(lateCancellations, bookings);
    }

    Outcomes plus(Outcomes other) {
        return new Outcomes(code, name, bookings + other.bookings, noShows + other.noShows,
                cancellations + other.cancellations, lateCancellations + other.lateCancellations);
    }
}
