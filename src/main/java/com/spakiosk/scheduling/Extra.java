package com.spakiosk.scheduling;

/**
 * An add-on as the engine sees it: its minutes, whether it comes before the massage (a foot
 * soak) or during it (hot stones), the equipment type it occupies for its part, if any, and how
 * many units of it (stones for both legs may warm on two heaters at once).
 */
public record Extra(int minutes, Placement placement, Long equipmentTypeId, int units) {

    public enum Placement { BEFORE, DURING }

    /** An add-on that takes one unit of its equipment, as most do. */
    public Extra(int minutes, Placement placement, Long equipmentTypeId) {
        this(minutes, placement, equipmentTypeId, 1);
    }

    public Extra {
        if (minutes < 0) {
            throw new IllegalArgumentException("An add-on cannot take negative minutes");
        }
        if (units < 1) {
            throw new IllegalArgumentException("An add-on with equipment takes at least one unit of it");
        }
    }
}
