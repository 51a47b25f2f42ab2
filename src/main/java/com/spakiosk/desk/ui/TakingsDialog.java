package com.spakiosk.desk.ui;

import com.spakiosk.booking.DayTakings;
import com.spakiosk.booking.PaymentMethod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The day's takings for the till: what checkout recorded, by payment method, and the total. */
class TakingsDialog extends Dialog {

    TakingsDialog(DayTakings day, Locale locale) {
        addClassName("desk-takings");
        setHeaderTitle(getTranslation("desk.takings.title",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day.date())));
        var list = new DescriptionList();
        list.addClassName("desk-panel__facts");
        for (PaymentMethod method : PaymentMethod.values()) {
            list.add(new DescriptionList.Term(getTranslation("desk.payment." + method.name())),
                    new DescriptionList.Description(day.byMethod().get(method).format(locale)));
        }
        var total = new DescriptionList.Description(day.total().format(locale));
        total.addClassName("desk-takings__total");
        list.add(new DescriptionList.Term(getTranslation("desk.takings.total")), total);
        add(list, new Paragraph(getTranslation("desk.takings.summary", day.payments(),
                day.discounts().format(locale))));
        getFooter().add(new Button(getTranslation("desk.panel.close"), e -> close()));
    }
}
