package com.spakiosk.settings.ui;

import com.spakiosk.settings.SpaSettings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Days the spa is closed (holidays), each with an optional note; added and removed before saving. */
class ClosedDatesEditor extends Composite<Div> {

    private final List<SpaSettings.ClosedDate> dates = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final DatePicker date = new DatePicker();
    private final TextField note = new TextField();
    private final DateTimeFormatter format;
    private final LocalDate today;

    ClosedDatesEditor(LocalDate today) {
        this.today = today;
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        getContent().addClassName("settings-closed");
        list.addClassName("settings-closed-list");
        none.setText(getTranslation("settings.closed.none"));
        date.setLabel(getTranslation("settings.closed.date"));
        date.setLocale(getLocale());
        date.setMin(today);
        note.setLabel(getTranslation("settings.closed.note"));
        note.setMaxLength(SpaSettings.NOTE_MAX);
        note.setPlaceholder(getTranslation("settings.closed.notePlaceholder"));
        var add = new Button(getTranslation("settings.closed.add"), e -> add());
        add.addClassName("settings-closed-add");
        var adder = new Div(date, note, add);
        adder.addClassName("settings-closed-adder");
        getContent().add(none, list, adder);
    }

    void show(List<SpaSettings.ClosedDate> closed) {
        dates.clear();
        dates.addAll(closed);
        render();
    }

    List<SpaSettings.ClosedDate> dates() {
        return List.copyOf(dates);
    }

    private void add() {
        date.setInvalid(false);
        if (date.getValue() == null || date.isInvalid()) {
            mark(getTranslation("settings.closed.dateRequired"));
            return;
        }
        if (date.getValue().isBefore(today)) {
            mark(getTranslation("settings.closed.past"));
            return;
        }
        if (dates.stream().anyMatch(d -> d.date().equals(date.getValue()))) {
            mark(getTranslation("settings.closed.twice"));
            return;
        }
        dates.add(new SpaSettings.ClosedDate(date.getValue(), note.getValue()));
        date.clear();
        note.clear();
        render();
    }

    private void mark(String message) {
        date.setErrorMessage(message);
        date.setInvalid(true);
    }

    private void render() {
        dates.sort(Comparator.comparing(SpaSettings.ClosedDate::date));
        list.removeAll();
        for (SpaSettings.ClosedDate closed : dates) {
            String label = format.format(closed.date()) + (closed.note() == null ? "" : " · " + closed.note());
            var remove = new Button(getTranslation("settings.closed.remove"), e -> {
                dates.remove(closed);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("settings.closed.removeDay", label));
            var item = new ListItem(new Span(label), remove);
            item.addClassName(closed.date().isBefore(today) ? "settings-closed-past" : "settings-closed-day");
            list.add(item);
        }
        none.setVisible(dates.isEmpty());
    }
}
