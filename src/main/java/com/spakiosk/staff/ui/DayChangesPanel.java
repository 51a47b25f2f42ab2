package com.spakiosk.staff.ui;

import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.staff.DayChangeForm;
import com.spakiosk.staff.TherapistChangeRequest;
import com.spakiosk.staff.TherapistDayChange;
import com.spakiosk.staff.TherapistDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/** One-off changes: other hours on a date, or a day off; the coming ones listed, each removable. */
class DayChangesPanel extends Div {

    final DatePicker date = new DatePicker();
    final Checkbox dayOff = new Checkbox();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField note = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Consumer<TherapistChangeRequest> submit;

    DayChangesPanel(FieldProblems problems, Consumer<TherapistChangeRequest> submit) {
        this.submit = submit;
        addClassName("manage-day-changes");
        date.setLabel(getTranslation("manage.therapist.day.date"));
        date.setLocale(getLocale());
        dayOff.setLabel(getTranslation("manage.therapist.day.off"));
        start.setLabel(getTranslation("manage.therapist.start"));
        end.setLabel(getTranslation("manage.therapist.end"));
        for (TimePicker p : List.of(start, end)) {
            p.setStep(Duration.ofMinutes(15));
            p.setLocale(getLocale());
        }
        note.setLabel(getTranslation("manage.therapist.day.note"));
        note.setMaxLength(TherapistDayChange.NOTE_MAX);
        dayOff.addValueChangeListener(e -> {
            start.setEnabled(!e.getValue());
            end.setEnabled(!e.getValue());
        });
        problems.field("dayChange.date", date);
        problems.field("dayChange.start", start);
        problems.field("dayChange.end", end);
        problems.field("dayChange.note", note);
        var add = new Button(getTranslation("manage.therapist.day.add"), e -> submit.accept(
                new TherapistChangeRequest.AddDayChange(new DayChangeForm(date.getValue(), dayOff.getValue(),
                        start.getValue(), end.getValue(), note.getValue()))));
        add.addClassName("manage-day-add");
        var fields = new Div(date, dayOff, start, end, note, add);
        fields.addClassName("manage-therapist-row");
        list.addClassName("manage-therapist-list");
        add(new H2(getTranslation("manage.therapist.days")), new Paragraph(getTranslation("manage.therapist.daysHelp")),
                fields, list);
    }

    void show(List<TherapistDetails.Day> days) {
        list.removeAll();
        if (days.isEmpty()) {
            list.add(new ListItem(getTranslation("manage.therapist.days.none")));
        }
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        for (TherapistDetails.Day d : days) {
            String hours = d.start() == null ? getTranslation("manage.therapist.day.offShort")
                    : time.format(d.start()) + "–" + time.format(d.end());
            var text = new Span(when.format(d.date()) + ": " + hours + (d.note().isEmpty() ? "" : " · " + d.note()));
            var remove = new Button(getTranslation("manage.therapist.remove"),
                    e -> submit.accept(new TherapistChangeRequest.RemoveDayChange(d.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("manage.therapist.day.removeOf", when.format(d.date())));
            list.add(new ListItem(text, remove));
        }
    }

    void clearInput() {
        date.clear();
        dayOff.clear();
        start.clear();
        end.clear();
        note.clear();
    }
}
