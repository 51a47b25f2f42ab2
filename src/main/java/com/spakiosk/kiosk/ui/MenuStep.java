package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.ui.TreatmentCard;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** Step 1: the menu as large cards in category order; tapping one chooses it. */
class MenuStep extends Section {

    MenuStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        var hero = new Header(new H1(getTranslation("kiosk.menu.title")), new Paragraph(getTranslation("kiosk.subtitle")));
        hero.addClassName("kiosk-hero");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.WELCOME), KioskStep.MENU),
                hero);

        List<MenuTreatment> treatments = flow.menu();
        if (treatments.isEmpty()) {
            var empty = new Paragraph(getTranslation("kiosk.empty"));
            empty.addClassName("kiosk-empty");
            add(empty);
            return;
        }
        // One grid in the manager's order: six to a dozen cards fill a landscape screen without scrolling.
        var cards = new Div();
        cards.addClassName("kiosk-cards");
        var content = flow.content(getLocale());
        treatments.forEach(t -> cards.add(new TreatmentCard(t, content, () -> {
                            flow.choose(t);
                            navigator.show(KioskStep.OPTIONS);
                        })));
        add(cards);
    }
}
