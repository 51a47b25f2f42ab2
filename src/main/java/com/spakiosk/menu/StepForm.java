package com.spakiosk.menu;

import java.util.Map;

/**
 * One protocol step as the manager enters it: the body area (none for a step over the whole leg),
 * how the guest lies or sits, and the title and instruction per language (English required).
 */
public record StepForm(BodyArea area, ClientPosition position, Map<String, Texts> texts) {

    public StepForm {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    public Texts texts(String language) {
        return texts.getOrDefault(language, Texts.EMPTY);
    }

    /** A step's words in one language. */
    public record Texts(String title, String instruction) {

        public static final Texts EMPTY = new Texts("", "");

        public Texts {
            title = title == null ? "" : title.strip();
            instruction = instruction == null ? "" : instruction.strip();
        }
    }
}
