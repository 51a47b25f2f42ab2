package com.spakiosk.kiosk.ui;

import com.spakiosk.base.ui.SpaI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The attract screen: a calm welcome, the language choice, "Tap to start" and what can start soon. */
class WelcomeStep extends Section {

    static final int SOON_SHOWN = 6;

    WelcomeStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-welcome");
        var title = new H1(flow.spaName());
        var subtitle = new Paragraph(getTranslation("kiosk.welcome.subtitle"));
        var start = new Button(getTranslation("kiosk.welcome.start"), e -> navigator.show(KioskStep.MENU));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("kiosk-start");

        var languages = new Div();
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("kiosk.welcome.language"));
        for (Locale language : SpaI18NProvider.LANGUAGES) {
            String name = language.getDisplayLanguage(language);
            name = name.substring(0, 1).toUpperCase(language) + name.substring(1); // "Русский", as a button reads
            var button = new Button(name, e -> {
                UI.getCurrent().setLocale(language);
                navigator.show(KioskStep.WELCOME);
            });
            button.getElement().setAttribute("lang", language.getLanguage());
            button.getElement().setAttribute("aria-pressed",
                    String.valueOf(getLocale().getLanguage().equals(language.getLanguage())));
            button.addClassName("kiosk-language");
            languages.add(button);
        }
        var find = new Button(getTranslation("kiosk.welcome.find"), e -> navigator.show(KioskStep.FIND_BOOKING));
        find.addClassName("kiosk-find");
        add(title, subtitle, start, languages, soonStrip(flow, navigator), find);
    }

    /**
     * "Can start within 30 minutes": what fits a free therapist, room and equipment right now,
     * one entry per treatment. When nothing can, say when the spa opens again, or that later
     * times are free.
     */
    private Div soonStrip(KioskFlow flow, KioskNavigator navigator) {
        var strip = new Div();
        strip.addClassName("kiosk-soon");
        List<KioskFlow.SoonOffer> soon = flow.startingSoon();
        if (soon.isEmpty()) {
            Optional<Instant> opening = flow.nextOpening();
            var formats = new KioskFormats(this, getLocale(), flow.zone());
            boolean closed = opening.isEmpty() || opening.get().isAfter(flow.now().plus(KioskFlow.SOON));
            var note = new Paragraph(closed && opening.isPresent()
                    ? getTranslation("kiosk.welcome.closed", formats.when(opening.get(), flow.today()))
                    : getTranslation("kiosk.welcome.busy"));
            note.addClassName("kiosk-soon__note");
            strip.add(note);
            return strip;
        }
        var items = new Div();
        items.addClassName("kiosk-soon__items");
        var texts = flow.texts(getLocale());
        soon.stream().limit(SOON_SHOWN).forEach(offer -> {
            var button = new Button(getTranslation("kiosk.welcome.soonItem", texts.name(offer.treatment()),
                    offer.variant().durationMinutes()), e -> {
                flow.choose(offer.treatment(), offer.variant());
                navigator.show(KioskStep.OPTIONS);
            });
            button.addClassName("kiosk-soon__item");
            items.add(button);
        });
        strip.add(new H2(getTranslation("kiosk.welcome.soon")), items);
        return strip;
    }
}
