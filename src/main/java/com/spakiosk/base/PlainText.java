package com.spakiosk.base;

/**
 * Text a person typed for other people to read (a name, an e-mail address): no control or
 * invisible formatting characters. A NUL, a bidi override (which turns "Anna" + U+202E + "gpj.exe"
 * around on screen) or a zero-width space cannot be seen by the desk that later reads or searches
 * the name, so they are refused rather than stored. Pure Java, so the UI and the services share it.
 */
public final class PlainText {

    private PlainText() {
    }

    /** True when {@code text} holds no control (Cc), format (Cf, e.g. bidi or zero-width) or line/paragraph separator. */
    public static boolean isPlain(CharSequence text) {
        return text == null || text.codePoints().noneMatch(PlainText::isHidden);
    }

    /** Like {@link #isPlain}, but line breaks are allowed: a description may have paragraphs. */
    public static boolean isPlainParagraphs(CharSequence text) {
        return text == null || text.codePoints().noneMatch(c -> c != '\n' && isHidden(c));
    }

    static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }
}
