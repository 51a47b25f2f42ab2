package com.spakiosk.staff;

import com.spakiosk.scheduling.TherapistPlan;

/** A coming booking that a change would leave without its therapist, and why. */
public record DisplacedBooking(ComingBooking booking, TherapistPlan.Why why) {
}
