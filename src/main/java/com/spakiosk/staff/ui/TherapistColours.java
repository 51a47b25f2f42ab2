package com.spakiosk.staff.ui;

import com.spakiosk.staff.TherapistColour;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A therapist's desk colour as a small swatch with its name (the name, not the colour, carries the meaning). */
final class TherapistColours {

    private TherapistColours() {
    }

    static Span swatch(Component owner, TherapistColour colour) {
        var dot = new Span();
        dot.addClassName("therapist-swatch__dot");
        var label = new Span(colour == null ? owner.getTranslation("manage.therapist.colour.none")
                : owner.getTranslation("manage.therapist.colour." + colour.name()));
        if (colour != null) {
            dot.addClassName(colour.cssClass());
        }
        var swatch = new Span(dot, label);
        swatch.addClassName("therapist-swatch");
        return swatch;
    }
}
