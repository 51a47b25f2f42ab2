package com.spakiosk.settings.ui;

import com.spakiosk.settings.AffectedBooking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Before new hours are saved: the coming bookings they would leave outside, each with a link to
 * its day at the desk (to move or cancel it there). The manager goes back to editing, or saves
 * and keeps them: the guests were promised these times, so a booking is never dropped by a
 * settings change; only new bookings follow the new hours.
 */
class AffectedBookingsDialog extends Dialog {

    AffectedBookingsDialog(List<AffectedBooking> bookings, ZoneId zone, Runnable keepAndSave) {
        addClassName("settings-affected");
        setHeaderTitle(getTranslation("settings.affected.title", bookings.size()));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        var until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        add(new Paragraph(getTranslation("settings.affected.explain")));
        var list = new UnorderedList();
        list.addClassName("settings-affected-list");
        for (AffectedBooking b : bookings) {
            LocalDate day = LocalDate.ofInstant(b.startsAt(), zone);
            var text = new Span(getTranslation("settings.affected.booking", when.format(b.startsAt()),
                    until.format(b.endsAt()), b.guestFirstName(), b.treatmentName(), b.therapistName(),
                    b.referenceCode()));
            var open = new Anchor("desk/" + day, getTranslation("settings.affected.openDay"));
            open.setTarget("_blank");
            open.getElement().setAttribute("aria-label", getTranslation("settings.affected.openDayOf", b.referenceCode()));
            list.add(new ListItem(text, open));
        }
        add(list);
        var back = new Button(getTranslation("settings.affected.back"), e -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var keep = new Button(getTranslation("settings.affected.keep", bookings.size()), e -> {
            close();
            keepAndSave.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.addClassName("settings-affected-keep");
        getFooter().add(back, keep);
    }
}
