package com.spakiosk.scheduling;

/**
 * An add-on as the engine sees it: its minutes, whether it comes before the massage (a foot
 * soak) or during it (hot stones), and the equipment type it occupies for its part, if any.
 */
public record Extra(int minutes, Placement placement, Long equipmentTypeId) {

    public enum Placement { BEFORE, DURING }

    public Extra {
        if (minutes < 0) {
            throw new IllegalArgumentException("An add-on cannot take negative minutes");
        }
    }
}
