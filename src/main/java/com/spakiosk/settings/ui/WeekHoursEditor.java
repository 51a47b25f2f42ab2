package com.spakiosk.settings.ui;

import com.spakiosk.scheduling.OpeningHours;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The spa's hours per weekday: open or closed, and from when until when, checked at the fields. */
class WeekHoursEditor extends Composite<Div> {

    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);

    private final class Row {
        final Checkbox open;
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();

        Row(DayOfWeek day) {
            String name = day.getDisplayName(TextStyle.FULL, getLocale());
            open = new Checkbox(name);
            open.addClassName("settings-day-open");
            opens.setAriaLabel(getTranslation("settings.hours.opensOn", name));
            closes.setAriaLabel(getTranslation("settings.hours.closesOn", name));
            for (TimePicker picker : new TimePicker[] {opens, closes}) {
                picker.setStep(Duration.ofMinutes(15));
                picker.setLocale(getLocale());
            }
            open.addValueChangeListener(e -> enable());
            var dash = new Span("–");
            dash.getElement().setAttribute("aria-hidden", "true");
            var line = new Div(open, opens, dash, closes);
            line.addClassName("settings-day");
            getContent().add(line);
        }

        void show(OpeningHours.Day hours) {
            open.setValue(hours != null);
            opens.setValue(hours == null ? LocalTime.of(9, 0) : hours.opens());
            closes.setValue(hours == null ? LocalTime.of(18, 0) : hours.closes());
            enable();
        }

        void enable() {
            opens.setEnabled(open.getValue());
            closes.setEnabled(open.getValue());
            opens.setInvalid(false);
            closes.setInvalid(false);
        }

        /** Whether the day makes sense (closed, or closing after it opens); marks the wrong field. */
        boolean check() {
            if (!open.getValue()) {
                return true;
            }
            for (TimePicker picker : new TimePicker[] {opens, closes}) {
                if (picker.getValue() == null || picker.isInvalid()) {
                    return mark(picker, getTranslation("settings.hours.timeRequired"));
                }
            }
            return closes.getValue().isAfter(opens.getValue())
                    || mark(closes, getTranslation("settings.hours.closeAfterOpen"));
        }

        /** The day's hours after {@link #check()}; empty when closed. */
        Optional<OpeningHours.Day> hours() {
            return open.getValue() ? Optional.of(new OpeningHours.Day(opens.getValue(), closes.getValue()))
                    : Optional.empty();
        }

        private boolean mark(TimePicker field, String message) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return false;
        }
    }

    WeekHoursEditor() {
        getContent().addClassName("settings-week");
        for (DayOfWeek day : DayOfWeek.values()) {
            rows.put(day, new Row(day));
        }
    }

    void show(Map<DayOfWeek, OpeningHours.Day> week) {
        rows.forEach((day, row) -> row.show(week.get(day)));
    }

    /** The week as typed, or empty with every wrong field marked. */
    Optional<Map<DayOfWeek, OpeningHours.Day>> read() {
        Map<DayOfWeek, OpeningHours.Day> week = new EnumMap<>(DayOfWeek.class);
        boolean ok = true;
        for (var entry : rows.entrySet()) {
            entry.getValue().enable();
            if (entry.getValue().check()) {
                entry.getValue().hours().ifPresent(h -> week.put(entry.getKey(), h));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(week) : Optional.empty();
    }
}
