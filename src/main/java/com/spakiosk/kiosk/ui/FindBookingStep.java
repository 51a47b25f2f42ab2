package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.GuestBooking;
import com.spakiosk.booking.ReferenceCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;

/**
 * "Find my booking": the code and the last four digits of the phone number (or the e-mail).
 * Every look-up and cancel is counted per kiosk and per code. Once a booking is found the
 * fields are locked: Cancel acts on the booking that was found, kept on the server, never on
 * what the fields say afterwards; "Search again" clears everything.
 */
class FindBookingStep extends Section {

    private final KioskFlow flow;
    private final KioskNavigator navigator;
    private final TextField code = new TextField();
    private final TextField secondFactor = new TextField();
    private final Button find = new Button();
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();

    FindBookingStep(KioskFlow flow, KioskNavigator navigator) {
        this.flow = flow;
        this.navigator = navigator;
        addClassName("kiosk-step");
        var back = new Button(getTranslation("kiosk.back"), e -> navigator.startOver());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("kiosk-back");
        add(new Nav(back));
        add(new H1(getTranslation("kiosk.find.title")));
        code.setLabel(getTranslation("kiosk.find.code"));
        code.setMaxLength(ReferenceCode.LENGTH);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocomplete(Autocomplete.OFF);
        secondFactor.setLabel(getTranslation("kiosk.find.secondFactor"));
        secondFactor.setMaxLength(254);
        secondFactor.setAutocomplete(Autocomplete.OFF);
        find.setText(getTranslation("kiosk.find.search"));
        find.addClickListener(e -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClassName("kiosk-next");
        message.addClassName("kiosk-problem");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        var form = new Div(code, secondFactor, find);
        form.addClassName("kiosk-find-form");
        add(form, message, result);
    }

    private void find() {
        result.removeAll();
        switch (flow.lookup().find(code.getValue(), secondFactor.getValue())) {
            case GuestLookup.FindResult.Shown shown -> {
                message.setVisible(false);
                lockFields(true);
                show(shown.booking());
            }
            case GuestLookup.FindResult.Locked locked -> problem(lockedText(locked.retryAfter()));
            default -> problem(getTranslation("kiosk.find.notFound"));
        }
    }

    private void show(GuestBooking booking) {
        var formats = new KioskFormats(this, getLocale(), flow.zone());
        String treatment = flow.treatment(booking.treatmentId()).map(t -> flow.texts(getLocale()).name(t)).orElse("");
        result.add(new Paragraph(getTranslation("kiosk.find.found", treatment, formats.dateTime(booking.start()),
                flow.therapistName(booking.therapistId()))));
        result.add(new Paragraph(getTranslation("kiosk.find.status." + booking.status().name())));
        var actions = new Div();
        actions.addClassName("kiosk-find-actions");
        if (booking.cancellable()) {
            var cancel = new Button(getTranslation("kiosk.find.cancel"), e -> cancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("kiosk-next");
            actions.add(cancel);
        } else if (booking.status() == BookingStatus.CONFIRMED) {
            result.add(new Paragraph(getTranslation("kiosk.find.tooLate")));
        }
        var again = new Button(getTranslation("kiosk.find.again"), e -> searchAgain());
        again.addClassName("kiosk-find-again");
        actions.add(again);
        result.add(actions);
    }

    private void cancel() {
        switch (flow.lookup().cancelFound()) {
            case GuestLookup.FindResult.Cancelled cancelled -> {
                result.removeAll();
                result.add(new Paragraph(getTranslation("kiosk.find.cancelled")));
                var done = new Button(getTranslation("kiosk.finish"), f -> navigator.startOver());
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                result.add(done);
            }
            case GuestLookup.FindResult.Locked locked -> problem(lockedText(locked.retryAfter()));
            case GuestLookup.FindResult.TooLate tooLate -> problem(getTranslation("kiosk.find.tooLate"));
            default -> problem(getTranslation("kiosk.find.notFound"));
        }
    }

    private void searchAgain() {
        result.removeAll();
        message.setVisible(false);
        code.clear();
        secondFactor.clear();
        lockFields(false);
    }

    private void lockFields(boolean locked) {
        code.setReadOnly(locked);
        secondFactor.setReadOnly(locked);
        find.setVisible(!locked); // hidden, not greyed: nothing to press, and nothing a script can press
    }

    private String lockedText(Duration wait) {
        return getTranslation("kiosk.find.locked", Math.max(1, (wait.toSeconds() + 59) / 60));
    }

    private void problem(String text) {
        message.setText(text);
        message.setVisible(true);
    }
}
