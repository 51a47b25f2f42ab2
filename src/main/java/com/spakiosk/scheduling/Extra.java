package com.spakiosk.scheduling;

/**
 * An add-on as the engine sees it: its minutes, whether it comes before the massage (a foot
 * soak) or during it (hot stones), the equipment type it occupies for its part, if any, and how
 * many units of it (stones for both legs may warm on two heaters at once), and which add-on it
 * is: only a therapist qualified for it may give it ({@code addOnId} null: anyone may).
 */
public record Extra(int minutes, Placement placement, Long equipmentTypeId, int units, Long addOnId) {

    public enum Placement { BEFORE, DURING }

    /** An add-on that takes one unit of its equipment, as most do, and needs no qualification. */
    public Extra(int minutes, Placement placement, Long equipmentTypeId) {
        this(minutes, placement, equipmentTypeId, 1);
    }

    /** An add-on that needs no qualification (engine tests that are about time and equipment). */
    public Extra(int minutes, Placement placement, Long equipmentTypeId, int units) {
        this(minutes, placement, equipmentTypeId, units, null);
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
