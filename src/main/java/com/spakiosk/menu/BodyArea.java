package com.spakiosk.menu;

/**
 * The parts of the leg a session works on, from the toes up, as a therapist names them.
 * Screening rules can name an area, so that a wound on the thigh rules out thigh work
 * and not a foot ritual.
 */
public enum BodyArea {
    TOES, FOOT, ANKLE, CALF, KNEE, THIGH, GLUTES, HIP;

    /** Everything above the ankle. */
    public boolean isAboveAnkle() {
        return ordinal() > ANKLE.ordinal();
    }
}
