package com.spakiosk.staff;

/**
 * An equipment type as the manager edits it: its name and how many units the spa owns.
 *
 * @param id      null for a new type
 * @param version the version the manager opened (0 for a new type)
 */
public record EquipmentForm(Long id, long version, String code, String name, Integer units) {

    public static EquipmentForm blank() {
        return new EquipmentForm(null, 0, "", "", 1);
    }

    public boolean isNew() {
        return id == null;
    }
}
