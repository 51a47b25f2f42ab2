package com.spakiosk.menu;

import java.util.Map;
import java.util.Set;

/**
 * What a manager enters for a treatment: its code and kind, its words per language ("en", "de",
 * "ru"; English is required, the others fall back to it), the body areas it works on, and
 * whether the kiosk offers it (or only the desk books it).
 */
public record TreatmentForm(String code, TreatmentCategory category, Map<String, Texts> texts,
                            Set<BodyArea> bodyAreas, boolean kioskVisible) {

    public TreatmentForm {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        bodyAreas = bodyAreas == null ? Set.of() : Set.copyOf(bodyAreas);
    }

    /** The words in one language; blank where the manager left them out. */
    public Texts texts(String language) {
        return texts.getOrDefault(language, Texts.EMPTY);
    }

    /** A treatment's words in one language. */
    public record Texts(String name, String summary, String description, String helpsWith) {

        public static final Texts EMPTY = new Texts("", "", "", "");

        public Texts {
            name = name == null ? "" : name.strip();
            summary = summary == null ? "" : summary.strip();
            description = description == null ? "" : description.strip();
            helpsWith = helpsWith == null ? "" : helpsWith.strip();
        }
    }
}
