package com.spakiosk.kiosk.ui;

import com.spakiosk.base.ui.SpaI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;

/** The attract screen: a calm welcome, the language choice and "Tap to start". */
class WelcomeStep extends Section {

    WelcomeStep(KioskView kiosk) {
        addClassName("kiosk-welcome");
        var title = new H1(kiosk.spa.name());
        var subtitle = new Paragraph(getTranslation("kiosk.welcome.subtitle"));
        var start = new Button(getTranslation("kiosk.welcome.start"), e -> kiosk.showMenu());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("kiosk-start");

        var languages = new Div();
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("kiosk.welcome.language"));
        for (Locale language : SpaI18NProvider.LANGUAGES) {
            var button = new Button(language.getDisplayLanguage(language), e -> kiosk.switchLanguage(language));
            button.getElement().setAttribute("lang", language.getLanguage());
            button.getElement().setAttribute("aria-pressed",
                    String.valueOf(getLocale().getLanguage().equals(language.getLanguage())));
            button.addClassName("kiosk-language");
            languages.add(button);
        }
        var find = new Button(getTranslation("kiosk.welcome.find"), e -> kiosk.showFindBooking());
        find.addClassName("kiosk-find");
        add(title, subtitle, start, languages, find);
    }
}
