package com.spakiosk.menu;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a manager enters for an add-on: its code, its words per language ("en", "de", "ru";
 * English is required, the others fall back to it), price, extra minutes, when it happens, the
 * equipment it takes (none, or a type and how many units), and the body areas it touches (for
 * the screening rules). Numbers are null where the manager left the field empty.
 */
public record AddOnForm(String code, Map<String, Texts> texts, BigDecimal price, Integer extraMinutes,
                        AddOnPlacement placement, Long equipmentTypeId, Integer equipmentUnits,
                        Set<BodyArea> bodyAreas) {

    public AddOnForm {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        bodyAreas = bodyAreas == null ? Set.of() : Set.copyOf(bodyAreas);
    }

    /** The words in one language; blank where the manager left them out. */
    public Texts texts(String language) {
        return texts.getOrDefault(language, Texts.EMPTY);
    }

    /** An add-on's words in one language. */
    public record Texts(String name, String description) {

        public static final Texts EMPTY = new Texts("", "");

        public Texts {
            name = name == null ? "" : name.strip();
            description = description == null ? "" : description.strip();
        }
    }
}
