package com.spakiosk.staff.ui;

import com.spakiosk.staff.TherapistChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A therapist's recorded changes, newest first: when, who, and what changed, in the manager's words. */
class TherapistHistory extends Div {

    TherapistHistory(List<TherapistChange> changes, ZoneId zone) {
        addClassName("manage-history-section");
        add(new H2(getTranslation("manage.history.title")));
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("manage.history.none")));
            return;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        var list = new UnorderedList();
        list.addClassName("manage-history");
        for (TherapistChange change : changes) {
            list.add(new ListItem(when.format(change.getChangedAt()) + " · " + change.getChangedBy() + " · "
                    + String.join(", ", change.what().stream().map(this::words).toList())));
        }
        add(list);
    }

    /** "timeOff.add:2026-12-01" reads "time off added (1 Dec 2026)". */
    private String words(String token) {
        int colon = token.indexOf(':');
        String key = colon < 0 ? token : token.substring(0, colon);
        String text = getTranslation("manage.therapist.history." + key);
        if (colon < 0) {
            return text;
        }
        String detail = token.substring(colon + 1);
        try {
            detail = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(LocalDate.parse(detail));
        } catch (java.time.format.DateTimeParseException e) {
            // not a date: shown as recorded
        }
        return text + " (" + detail + ")";
    }
}
