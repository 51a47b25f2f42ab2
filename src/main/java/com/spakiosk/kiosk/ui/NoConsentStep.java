package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** No consent to keep health answers: the front desk will help in person. */
class NoConsentStep extends Section {

    NoConsentStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        addClassName("calm-message");
        add(new H1(getTranslation("kiosk.noConsent.title")), new Paragraph(getTranslation("kiosk.noConsent.text")));
        var back = new Button(getTranslation("kiosk.back"), e -> navigator.show(KioskStep.SCREENING));
        var done = new Button(getTranslation("kiosk.finish"), e -> navigator.startOver());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(back, done));
    }
}
