package com.spakiosk.booking;

/** Where a booking was made. */
public enum BookingChannel {
    KIOSK, DESK, PHONE
}
