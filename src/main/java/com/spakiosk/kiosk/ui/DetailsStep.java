package com.spakiosk.kiosk.ui;

import com.spakiosk.kiosk.ContactCheck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Step 5: a first name and a phone number or e-mail, while the slot is held. */
class DetailsStep extends Section {

    DetailsStep(KioskView kiosk) {
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> kiosk.showTimes(java.util.List.of(), false), 5));
        add(new H1(getTranslation("kiosk.details.title")));
        String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(kiosk.draft.hold().expiresAt().atZone(kiosk.spa.zone()));
        var held = new Paragraph(getTranslation("kiosk.details.held", until));
        held.addClassName("kiosk-info");
        var form = new GuestForm(new ContactCheck(kiosk.spa.country()));
        var next = new Button(getTranslation("kiosk.continue"), e -> form.guest().ifPresent(kiosk::showReview));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("kiosk-next");
        var footer = new Div(next);
        footer.addClassName("kiosk-footer");
        add(held, form, footer);
    }
}
