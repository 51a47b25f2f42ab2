package com.spakiosk.menu;

import java.util.Map;

/**
 * A choice within an add-on (an oil), as the manager enters it: a code that bookings keep, and
 * its label per language (English required, the others fall back to it).
 */
public record OptionForm(String code, Map<String, String> labels) {

    public OptionForm {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The label in one language; blank where the manager left it out. */
    public String label(String language) {
        String label = labels.get(language);
        return label == null ? "" : label.strip();
    }
}
