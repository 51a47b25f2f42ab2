package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.Confirmation;
import com.spakiosk.base.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * Done: the booking code, large, its QR code, what happens next; back to the start after 30
 * seconds. That timer belongs to this screen: Finish (or any other way off it) cancels it.
 */
class DoneStep extends Section {

    static final Duration RETURN_AFTER = Duration.ofSeconds(30);

    DoneStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        addClassName("kiosk-done");
        Confirmation confirmation = flow.confirmation();
        var formats = new KioskFormats(this, getLocale(), flow.zone());
        add(new H1(getTranslation("kiosk.done.title", flow.guest().firstName())));
        var code = new Span(confirmation.referenceCode());
        code.addClassName("kiosk-code");
        code.getElement().setAttribute("aria-label",
                getTranslation("kiosk.done.codeLabel", String.join(" ", confirmation.referenceCode().split(""))));
        var qr = new Image(QrCode.dataUrl(confirmation.referenceCode(), 280),
                getTranslation("kiosk.done.qr", confirmation.referenceCode()));
        qr.addClassName("kiosk-qr");
        add(new Paragraph(getTranslation("kiosk.done.code")), new Div(code, qr));
        add(new Paragraph(getTranslation("kiosk.done.when", formats.dateTime(confirmation.start()),
                flow.therapistName(confirmation.therapistId()))));
        add(new Paragraph(getTranslation(confirmation.screeningReviewRequired() ? "kiosk.done.nextReview" : "kiosk.done.next")));
        var finish = new Button(getTranslation("kiosk.finish"), e -> navigator.startOver());
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClassName("kiosk-next");
        add(finish);
        navigator.after(this, RETURN_AFTER, navigator::startOver);
    }
}
