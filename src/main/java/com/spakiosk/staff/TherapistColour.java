package com.spakiosk.staff;

/**
 * The colours a therapist's column can carry on the desk calendar: a small fixed palette of
 * dark enough tones that white text on them passes WCAG AA (4.5:1), and distinct from the
 * booking status colours. The CSS class {@code therapist-colour--<name>} draws each.
 */
public enum TherapistColour {
    TEAL, BLUE, INDIGO, PLUM, ROSE, RUST, OLIVE, SLATE;

    public String cssClass() {
        return "therapist-colour--" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
