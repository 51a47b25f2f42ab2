package com.spakiosk.menu;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The active menu at one resource version: the treatments in display order (each with its active
 * durations), the add-ons, the menu's words in the other languages, the names of every
 * treatment ever on it, and every add-on by id (a booking kept after its add-on left the menu
 * still says what it carries), as immutable read models.
 */
public record ActiveMenu(long version, List<MenuTreatment> treatments, List<MenuAddOn> addOns,
                         Map<String, Map<String, String>> textsByLanguage, Map<Long, String> everyTreatmentName,
                         Map<Long, MenuAddOn> everyAddOn) {

    public ActiveMenu {
        treatments = List.copyOf(treatments);
        addOns = List.copyOf(addOns);
        textsByLanguage = Map.copyOf(textsByLanguage);
        everyTreatmentName = Map.copyOf(everyTreatmentName);
        everyAddOn = Map.copyOf(everyAddOn);
    }

    /**
     * The name of any treatment, on the menu or not: a booking kept after its treatment left the
     * menu still shows what it is.
     */
    public String treatmentName(long treatmentId) {
        return everyTreatmentName.getOrDefault(treatmentId, "");
    }

    /** The menu's words in this language. */
    public MenuContent content(Locale locale) {
        return new MenuContent(locale, textsByLanguage.getOrDefault(locale.getLanguage(), Map.of()));
    }
}
