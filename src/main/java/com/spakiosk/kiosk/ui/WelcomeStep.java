package com.spakiosk.kiosk.ui;

import com.spakiosk.base.ui.SpaI18NProvider;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The attract screen: a calm welcome, the language choice and "Tap to start". */
class WelcomeStep extends Section {

    static final Duration SOON = Duration.ofMinutes(30);
    static final int SOON_SHOWN = 6;

    /** "Can start within 30 minutes": what fits a free therapist, room and equipment right now. */
    private Div soonStrip(KioskView kiosk) {
        var strip = new Div();
        strip.addClassName("kiosk-soon");
        List<AvailabilityService.SoonSlot> soon = kiosk.availability.startingWithin(SOON);
        if (soon.isEmpty()) {
            strip.setVisible(false);
            return strip;
        }
        Map<Long, MenuTreatment> treatments = kiosk.data.menu().stream()
                .collect(Collectors.toMap(MenuTreatment::id, Function.identity()));
        var items = new Div();
        items.addClassName("kiosk-soon__items");
        // One entry per treatment: its earliest, shortest duration that fits.
        var seen = new java.util.HashSet<Long>();
        soon.stream().filter(offer -> seen.add(offer.treatmentId())).limit(SOON_SHOWN).forEach(offer -> {
            MenuTreatment treatment = treatments.get(offer.treatmentId());
            treatment.variants().stream().filter(v -> v.id() == offer.variantId()).findFirst().ifPresent(variant -> {
                var button = new Button(getTranslation("kiosk.welcome.soonItem", new MenuTexts(getLocale()).name(treatment),
                        variant.durationMinutes()), e -> kiosk.showOptions(treatment, variant));
                button.addClassName("kiosk-soon__item");
                items.add(button);
            });
        });
        strip.add(new H2(getTranslation("kiosk.welcome.soon")), items);
        return strip;
    }

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
            String name = language.getDisplayLanguage(language);
            name = name.substring(0, 1).toUpperCase(language) + name.substring(1); // "Русский", as a button reads
            var button = new Button(name, e -> kiosk.switchLanguage(language));
            button.getElement().setAttribute("lang", language.getLanguage());
            button.getElement().setAttribute("aria-pressed",
                    String.valueOf(getLocale().getLanguage().equals(language.getLanguage())));
            button.addClassName("kiosk-language");
            languages.add(button);
        }
        var find = new Button(getTranslation("kiosk.welcome.find"), e -> kiosk.showFindBooking());
        find.addClassName("kiosk-find");
        add(title, subtitle, start, languages, soonStrip(kiosk), find);
    }
}
