package com.spakiosk.menu;

/** The five kinds of foot-and-leg massage the spa offers, in the order the kiosk shows them. */
public enum TreatmentCategory {
    RELAXING,
    LYMPHATIC_DRAINAGE,
    ANTI_CELLULITE,
    PREVENTIVE,
    CLASSICAL_THERAPEUTIC
}
