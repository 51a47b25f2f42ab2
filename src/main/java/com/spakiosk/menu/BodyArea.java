package com.spakiosk.menu;

/**
 * The parts of the leg a session works on, from the toes up, as a therapist names them.
 * Screening rules can name an area, so that a wound on the thigh rules out thigh work
 * and not a foot ritual. {@code HIP_JOINT} is the joint that a classical session works from
 * all sides; {@code HIPS} are the hips as a body shape (the outer hips and the sides of the
 * buttocks) that an anti-cellulite massage kneads. One word for both once meant two things.
 */
public enum BodyArea {
    TOES, FOOT, ANKLE, CALF, KNEE, THIGH, GLUTES, HIP_JOINT, HIPS;

    /** Everything above the ankle. */
    public boolean isAboveAnkle() {
        return ordinal() > ANKLE.ordinal();
    }
}
