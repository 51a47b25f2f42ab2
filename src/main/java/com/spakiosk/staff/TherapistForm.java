package com.spakiosk.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the manager edits of a therapist at once: who they are, what they give, and their shift plan. */
public record TherapistForm(String name, String bio, boolean active, TherapistColour colour, Set<Long> treatments,
                            Set<Long> addOns, int rotationWeeks, LocalDate anchor, List<ShiftEdit> shifts) {

    public TherapistForm {
        treatments = Set.copyOf(treatments);
        addOns = Set.copyOf(addOns);
        shifts = List.copyOf(shifts);
    }
}
