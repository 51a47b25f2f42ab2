package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.kiosk.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;

/** Done: the booking code, large, its QR code, what happens next; back to the start after 30 seconds. */
class DoneStep extends Section {

    static final int RETURN_AFTER_MS = 30_000;

    DoneStep(KioskView kiosk, Confirmation confirmation, Guest guest) {
        addClassName("kiosk-step");
        addClassName("kiosk-done");
        add(new H1(getTranslation("kiosk.done.title", guest.firstName())));
        var code = new Span(confirmation.referenceCode());
        code.addClassName("kiosk-code");
        code.getElement().setAttribute("aria-label",
                getTranslation("kiosk.done.codeLabel", String.join(" ", confirmation.referenceCode().split(""))));
        var qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                QrCode.png(confirmation.referenceCode(), 280)), getTranslation("kiosk.done.qr", confirmation.referenceCode()));
        qr.addClassName("kiosk-qr");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        add(new Paragraph(getTranslation("kiosk.done.code")), new Div(code, qr));
        add(new Paragraph(getTranslation("kiosk.done.when", when.format(confirmation.start().atZone(kiosk.spa.zone())),
                kiosk.therapistName(confirmation.therapistId()))));
        add(new Paragraph(getTranslation(confirmation.screeningReviewRequired() ? "kiosk.done.nextReview" : "kiosk.done.next")));
        var finish = new Button(getTranslation("kiosk.finish"), e -> kiosk.reset());
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClassName("kiosk-next");
        add(finish);
    }
}
