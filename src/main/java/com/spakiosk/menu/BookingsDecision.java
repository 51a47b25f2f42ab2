package com.spakiosk.menu;

/**
 * What to do with coming bookings a change leaves behind (a treatment off the menu, a duration
 * retired): keep them as booked (the guests come; the menu offers it to nobody new), or cancel
 * them (the desk then calls the guests).
 */
public enum BookingsDecision {
    KEEP,
    CANCEL
}
