package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A treatment or add-on left the menu while the guest was choosing (a manager deactivated it, or
 * no longer offers the add-on or its oil with this treatment): say which, kindly, and lead back
 * to the menu as it is now.
 */
class MenuChangedNotice extends Div {

    MenuChangedNotice(KioskFlow flow, KioskNavigator navigator, BookingException cause) {
        addClassName("kiosk-problem-box");
        var text = new Paragraph(getTranslation(cause.reason() == BookingException.Reason.ADD_ON_NOT_ALLOWED
                ? "kiosk.menu.addOnChanged" : "kiosk.menu.changed"));
        text.addClassName("kiosk-problem");
        text.getElement().setAttribute("role", "alert");
        var again = new Button(getTranslation("kiosk.menu.again"), e -> {
            flow.reloadMenu();
            navigator.show(KioskStep.MENU);
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.addClassName("kiosk-next");
        add(text, again);
    }

    /** Whether a refusal means the menu changed under the guest. */
    static boolean explains(BookingException e) {
        return e.reason() == BookingException.Reason.UNKNOWN_TREATMENT
                || e.reason() == BookingException.Reason.ADD_ON_NOT_ALLOWED;
    }

    /** Above the menu, when the guest was sent back because a choice left it. */
    static final class Banner extends Paragraph {
        Banner() {
            setText(getTranslation("kiosk.menu.changedBack"));
            addClassName("kiosk-problem");
            getElement().setAttribute("role", "alert");
        }
    }
}
