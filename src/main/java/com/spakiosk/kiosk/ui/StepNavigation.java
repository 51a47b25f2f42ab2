package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The top of every numbered step: a large "Back" and where the guest is ("Step 2 of 6"). */
class StepNavigation extends Nav {

    StepNavigation(String backLabel, Runnable back, KioskStep step) {
        addClassName("kiosk-nav");
        var backButton = new Button(backLabel, VaadinIcon.ARROW_LEFT.create(), e -> back.run());
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        backButton.addClassName("kiosk-back");
        var progress = new Span(getTranslation("kiosk.step", step.number(), KioskStep.NUMBERED));
        progress.addClassName("kiosk-progress");
        add(backButton, progress);
    }
}
