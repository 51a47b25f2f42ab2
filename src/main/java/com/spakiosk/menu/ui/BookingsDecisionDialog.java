package com.spakiosk.menu.ui;

import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.FutureBookings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/**
 * Before a change leaves coming bookings behind (a treatment off the menu, a duration retired):
 * which bookings, and what to do with them. Nothing changes until the manager chooses.
 */
class BookingsDecisionDialog extends Dialog {

    BookingsDecisionDialog(String what, List<FutureBookings.Affected> affected, ZoneId zone,
                           Consumer<BookingsDecision> decide) {
        addClassName("manage-decision");
        setHeaderTitle(what);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        add(new Paragraph(getTranslation("manage.decision.intro", affected.size())));
        var list = new UnorderedList();
        list.addClassName("manage-affected");
        affected.stream().limit(50).forEach(a -> list.add(new ListItem(when.format(a.startsAt()) + " · "
                + a.referenceCode() + " · " + (a.guestFirstName() == null ? "" : a.guestFirstName()))));
        if (affected.size() > 50) {
            list.add(new ListItem(getTranslation("manage.decision.more", affected.size() - 50)));
        }
        add(list);
        var keep = new Button(getTranslation("manage.decision.keep"), e -> {
            close();
            decide.accept(BookingsDecision.KEEP);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("manage.decision.cancel"), e -> {
            close();
            decide.accept(BookingsDecision.CANCEL);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var back = new Button(getTranslation("manage.decision.back"), e -> close());
        getFooter().add(back, cancel, keep);
    }
}
