package com.spakiosk.menu;

import com.spakiosk.base.Money;
import java.util.List;

/**
 * A treatment as the editor opens it, at the version the manager will change: the form's fields,
 * whether it is on the menu, its durations (retired ones too) and its protocol.
 */
public record TreatmentEdit(long id, long version, TreatmentForm form, boolean active, List<Variant> variants,
                            List<StepForm> steps) {

    public TreatmentEdit {
        variants = List.copyOf(variants);
        steps = List.copyOf(steps);
    }

    /** One duration with its price; a retired one is kept for the bookings made with it. */
    public record Variant(long id, int minutes, Money price, boolean active) {
    }
}
