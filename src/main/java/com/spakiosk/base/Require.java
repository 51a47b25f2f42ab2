package com.spakiosk.base;

import java.util.Objects;

/**
 * Guards for entity and value-object invariants. Each failure names the field, so a form
 * that forgot a check still shows a message a person can act on.
 */
public final class Require {

    private Require() {
    }

    /** A trimmed, non-blank text of at most {@code max} characters. */
    public static String text(String value, int max, String field) {
        Objects.requireNonNull(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    /**
     * Like {@link #text}, and without control or invisible formatting characters ({@link PlainText}):
     * for names and contact data that people read.
     */
    public static String plainText(String value, int max, String field) {
        String trimmed = text(value, max, field);
        if (!PlainText.isPlain(trimmed)) {
            throw new IllegalArgumentException(field + " must not contain control or invisible formatting characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but allows an empty text, stored as "". */
    public static String optionalText(String value, int max, String field) {
        return value == null || value.isBlank() ? "" : text(value, max, field);
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
