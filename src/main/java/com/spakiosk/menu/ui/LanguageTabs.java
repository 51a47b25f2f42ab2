package com.spakiosk.menu.ui;

import com.spakiosk.menu.MenuLanguages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Set;
import java.util.function.Function;

/** An item's words on one tab per language; a tab whose words are missing says so (the kiosk shows English there). */
final class LanguageTabs extends TabSheet {

    LanguageTabs(Function<String, Component> fieldsOf) {
        addClassName("manage-language-tabs");
        for (String language : MenuLanguages.ALL) {
            add(getTranslation("manage.language." + language), fieldsOf.apply(language));
        }
    }

    void markMissing(Set<String> missingLanguages) {
        int i = 0;
        for (String language : MenuLanguages.ALL) {
            String label = getTranslation("manage.language." + language);
            getTabAt(i++).setLabel(missingLanguages.contains(language)
                    ? getTranslation("manage.menu.tabMissing", label) : label);
        }
    }
}
