package com.spakiosk.menu;

import java.util.List;
import java.util.Set;

/**
 * An add-on as the editor opens it, at the version the manager will change: the form's fields,
 * whether it is on the menu, its options (retired ones too) and the treatments it goes with.
 */
public record AddOnEdit(long id, long version, AddOnForm form, boolean active, List<OptionEdit> options,
                        Set<Long> allowedTreatmentIds) {

    public AddOnEdit {
        options = List.copyOf(options);
        allowedTreatmentIds = Set.copyOf(allowedTreatmentIds);
    }

    /** One option with its labels; a retired one is kept for the bookings that chose it. */
    public record OptionEdit(OptionForm form, boolean active) {
    }
}
