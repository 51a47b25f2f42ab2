package com.spakiosk.reports;

/** Of {@code bookings} sessions booked (cancelled ones left out), how many took the add-on (or any add-on). */
public record AttachRate(String code, String name, long bookings, long withAddOn) {

    public Ratio rate() {
        return new Ratio(withAddOn, bookings);
    }
}
