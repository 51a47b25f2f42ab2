package com.spakiosk.menu.ui;

import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.Function;

/** The manager's preview: an item's kiosk card in each language, on the kiosk's background, from what is saved. */
final class KioskPreview extends Div {

    KioskPreview(MenuService menu, Function<MenuContent, Component> card) {
        addClassName("manage-preview__cards");
        for (String language : MenuLanguages.ALL) {
            var label = new H3(getTranslation("manage.language." + language));
            var kiosk = new Div(card.apply(menu.content(MenuLanguages.locale(language))));
            kiosk.addClassName("manage-preview__kiosk");
            kiosk.getElement().setAttribute("lang", language);
            add(new Div(label, kiosk));
        }
    }
}
