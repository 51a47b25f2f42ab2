package com.spakiosk.staff;

import java.util.Set;

/**
 * A room as the manager edits it: the code (fixed once saved: the guest-facing names hang on it),
 * the name in English and, for guests, in German and Russian (blank: guests read the English),
 * whether it is in use, and the treatments it is set up for.
 *
 * @param id      null for a new room
 * @param version the version the manager opened (0 for a new room)
 */
public record RoomForm(Long id, long version, String code, String name, String nameDe, String nameRu,
                       boolean active, Set<Long> treatmentIds) {

    public RoomForm {
        treatmentIds = Set.copyOf(treatmentIds);
    }

    public static RoomForm blank() {
        return new RoomForm(null, 0, "", "", "", "", true, Set.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
