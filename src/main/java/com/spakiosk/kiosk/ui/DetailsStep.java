package com.spakiosk.kiosk.ui;

import com.spakiosk.base.ContactCheck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** Step 5: a first name and a phone number or e-mail, while the slot is held. */
class DetailsStep extends Section {

    DetailsStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.TIMES), KioskStep.DETAILS));
        add(new H1(getTranslation("kiosk.details.title")));
        var formats = new KioskFormats(this, getLocale(), flow.zone());
        var held = new Paragraph(getTranslation("kiosk.details.held", formats.time(flow.hold().expiresAt())));
        held.addClassName("kiosk-info");
        var form = new GuestForm(new ContactCheck(flow.country()));
        if (flow.guest() != null) {
            form.fill(flow.guest());
        }
        var next = new Button(getTranslation("kiosk.continue"), e -> form.guest().ifPresent(guest -> {
            flow.guest(guest);
            navigator.show(KioskStep.REVIEW);
        }));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("kiosk-next");
        var footer = new Div(next);
        footer.addClassName("kiosk-footer");
        add(held, form, footer);
    }
}
