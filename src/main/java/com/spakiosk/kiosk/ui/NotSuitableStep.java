package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.ui.TreatmentCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The answers rule the chosen treatment out: say why, kindly, and offer what is safe. */
class NotSuitableStep extends Section {

    NotSuitableStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        addClassName("kiosk-not-suitable");
        var outcome = (ScreeningOutcome.NotSuitable) flow.screening();
        var texts = flow.texts(getLocale());
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.SCREENING),
                KioskStep.NOT_SUITABLE));
        add(new H1(getTranslation("kiosk.notSuitable.title", texts.name(flow.chosenTreatment()))));
        outcome.reasons().stream().map(texts::blockedReason).distinct().forEach(r -> add(new Paragraph(r)));
        add(new Paragraph(getTranslation("kiosk.notSuitable.doctor")));
        if (outcome.alternatives().isEmpty()) {
            add(new Paragraph(getTranslation("kiosk.notSuitable.none")));
            var done = new Button(getTranslation("kiosk.finish"), e -> navigator.startOver());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(done);
            return;
        }
        add(new H2(getTranslation("kiosk.notSuitable.alternatives")));
        var cards = new Div();
        cards.addClassName("kiosk-cards");
        outcome.alternatives().forEach(t -> cards.add(new TreatmentCard(t, flow.content(getLocale()), () -> {
                    flow.choose(t);
                    navigator.show(KioskStep.OPTIONS);
                })));
        add(cards);
    }
}
