package com.spakiosk.staff;

/** One change a manager makes to a therapist; each is checked against the coming bookings before it is saved. */
public sealed interface TherapistChangeRequest {

    /** Name, bio, colour, active, qualifications and the shift plan. */
    record Describe(TherapistForm form) implements TherapistChangeRequest {
    }

    record AddDayChange(DayChangeForm form) implements TherapistChangeRequest {
    }

    record RemoveDayChange(long dayChangeId) implements TherapistChangeRequest {
    }

    record AddTimeOff(TimeOffForm form) implements TherapistChangeRequest {
    }

    record RemoveTimeOff(long timeOffId) implements TherapistChangeRequest {
    }
}
