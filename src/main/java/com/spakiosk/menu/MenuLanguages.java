package com.spakiosk.menu;

import java.util.List;
import java.util.Locale;

/** The languages the menu is written in: English in the items' rows, the others in {@code menu_text}. */
public final class MenuLanguages {

    public static final String ENGLISH = "en";
    public static final List<String> ALL = List.of(ENGLISH, "de", "ru");
    public static final List<String> TRANSLATED = List.of("de", "ru");

    private MenuLanguages() {
    }

    public static Locale locale(String language) {
        return Locale.of(language);
    }
}
