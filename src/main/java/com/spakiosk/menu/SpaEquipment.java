package com.spakiosk.menu;

import java.util.List;

/**
 * The equipment an add-on can take (stone heaters, foot baths) and how many units the spa owns.
 * The staff feature keeps the equipment and answers through this; the menu does not depend on it.
 */
public interface SpaEquipment {

    /** Every equipment type, by name. */
    List<Kind> kinds();

    /** One equipment type and how many units of it the spa owns. */
    record Kind(long id, String name, int units) {
    }
}
