package com.spakiosk.desk.ui;

import com.spakiosk.base.QrCode;
import com.spakiosk.booking.Confirmation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The slip the desk hands the guest: the spa, the booking code large with its QR code, when,
 * what and with whom. The print stylesheet prints only this element ({@code .desk-slip}).
 */
class BookingSlip extends Div {

    BookingSlip(DeskBookingFlow flow, Confirmation confirmation, String guestName, int minutes) {
        addClassName("desk-slip");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(flow.zone());
        var spa = new Paragraph(flow.spaName());
        spa.addClassName("desk-slip__spa");
        var code = new Span(confirmation.referenceCode());
        code.addClassName("desk-slip__code");
        code.getElement().setAttribute("aria-label",
                getTranslation("desk.slip.codeLabel", String.join(" ", confirmation.referenceCode().split(""))));
        var qr = new Image(QrCode.dataUrl(confirmation.referenceCode(), 200),
                getTranslation("desk.slip.qr", confirmation.referenceCode()));
        qr.addClassName("desk-slip__qr");
        add(spa, new Paragraph(getTranslation("desk.slip.for", guestName)), new Paragraph(getTranslation("desk.slip.code")),
                code, qr,
                new Paragraph(when.format(confirmation.start())),
                new Paragraph(getTranslation("desk.block.treatment", flow.treatmentName(confirmation.treatmentId()), minutes)),
                new Paragraph(getTranslation("desk.slip.with", flow.therapistName(confirmation.therapistId()),
                        flow.roomName(confirmation.roomId(), flow.texts(getLocale())))),
                new Paragraph(confirmation.price().format(getLocale())));
    }
}
