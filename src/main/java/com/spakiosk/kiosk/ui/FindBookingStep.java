package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.GuestBooking;
import com.spakiosk.booking.ReferenceCode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * "Find my booking": the code and the last four digits of the phone number (or the e-mail).
 * Failed look-ups are counted per kiosk, so that codes cannot be tried one after another.
 */
class FindBookingStep extends Section {

    private final KioskView kiosk;
    private final TextField code = new TextField();
    private final TextField secondFactor = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();

    FindBookingStep(KioskView kiosk) {
        this.kiosk = kiosk;
        addClassName("kiosk-step");
        add(new com.vaadin.flow.component.html.Nav(backButton()));
        add(new H1(getTranslation("kiosk.find.title")));
        code.setLabel(getTranslation("kiosk.find.code"));
        code.setMaxLength(ReferenceCode.LENGTH);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        secondFactor.setLabel(getTranslation("kiosk.find.secondFactor"));
        secondFactor.setMaxLength(254);
        secondFactor.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        var find = new Button(getTranslation("kiosk.find.search"), e -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClassName("kiosk-next");
        message.addClassName("kiosk-problem");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        var form = new Div(code, secondFactor, find);
        form.addClassName("kiosk-find-form");
        add(form, message, result);
    }

    private Button backButton() {
        var back = new Button(getTranslation("kiosk.back"), e -> kiosk.reset());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("kiosk-back");
        return back;
    }

    private void find() {
        result.removeAll();
        Optional<Duration> locked = kiosk.throttle.lockedFor(throttleKey());
        if (locked.isPresent()) {
            problem(getTranslation("kiosk.find.locked", Math.max(1, (locked.get().toSeconds() + 59) / 60)));
            return;
        }
        Optional<GuestBooking> found = kiosk.guestBookings.findForGuest(code.getValue(), secondFactor.getValue());
        if (found.isEmpty()) {
            kiosk.throttle.recordFailure(throttleKey());
            problem(getTranslation("kiosk.find.notFound"));
            return;
        }
        message.setVisible(false);
        show(found.get());
    }

    private void show(GuestBooking booking) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        var treatment = kiosk.data.menu().stream().filter(t -> t.id() == booking.treatmentId())
                .map(t -> new MenuTexts(getLocale()).name(t)).findFirst().orElse("");
        result.add(new Paragraph(getTranslation("kiosk.find.found", treatment,
                when.format(booking.start().atZone(kiosk.spa.zone())), kiosk.therapistName(booking.therapistId()))));
        result.add(new Paragraph(getTranslation("kiosk.find.status." + booking.status().name())));
        if (booking.cancellable()) {
            var cancel = new Button(getTranslation("kiosk.find.cancel"), e -> {
                try {
                    kiosk.guestBookings.cancelForGuest(code.getValue(), secondFactor.getValue());
                    result.removeAll();
                    result.add(new Paragraph(getTranslation("kiosk.find.cancelled")));
                    var done = new Button(getTranslation("kiosk.finish"), f -> kiosk.reset());
                    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    result.add(done);
                } catch (BookingException ex) {
                    problem(getTranslation("kiosk.find.tooLate"));
                }
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("kiosk-next");
            result.add(cancel);
        } else if (booking.status() == com.spakiosk.booking.BookingStatus.CONFIRMED) {
            result.add(new Paragraph(getTranslation("kiosk.find.tooLate")));
        }
    }

    private void problem(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /** Failed look-ups are counted per kiosk (its address), not per guest. */
    private static String throttleKey() {
        var browser = UI.getCurrent().getSession().getBrowser();
        return "kiosk-lookup:" + (browser == null || browser.getAddress() == null ? "unknown" : browser.getAddress());
    }
}
