package com.spakiosk.menu;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The active menu at one resource version: the treatments in display order (each with its active
 * durations), the add-ons, and the menu's words in the other languages, as immutable read models.
 */
public record ActiveMenu(long version, List<MenuTreatment> treatments, List<MenuAddOn> addOns,
                         Map<String, Map<String, String>> textsByLanguage) {

    public ActiveMenu {
        treatments = List.copyOf(treatments);
        addOns = List.copyOf(addOns);
        textsByLanguage = Map.copyOf(textsByLanguage);
    }

    /** The menu's words in this language. */
    public MenuContent content(Locale locale) {
        return new MenuContent(locale, textsByLanguage.getOrDefault(locale.getLanguage(), Map.of()));
    }
}
