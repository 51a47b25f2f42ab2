package com.spakiosk.staff.ui;

import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.staff.TherapistChangeRequest;
import com.spakiosk.staff.TherapistDetails;
import com.spakiosk.staff.TimeOff;
import com.spakiosk.staff.TimeOffForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/** Time off (holiday, sick leave, a course): from, to and why; the coming periods listed, each removable. */
class TimeOffPanel extends Div {

    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final TextField reason = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Consumer<TherapistChangeRequest> submit;
    private final ZoneId zone;

    TimeOffPanel(FieldProblems problems, ZoneId zone, Consumer<TherapistChangeRequest> submit) {
        this.submit = submit;
        this.zone = zone;
        addClassName("manage-time-off");
        from.setLabel(getTranslation("manage.therapist.off.from"));
        to.setLabel(getTranslation("manage.therapist.off.to"));
        for (DateTimePicker p : List.of(from, to)) {
            p.setStep(Duration.ofMinutes(15));
            p.setLocale(getLocale());
        }
        reason.setLabel(getTranslation("manage.therapist.off.reason"));
        reason.setPlaceholder(getTranslation("manage.therapist.off.reasonHint"));
        reason.setMaxLength(TimeOff.REASON_MAX);
        problems.field("timeOff.from", from);
        problems.field("timeOff.to", to);
        problems.field("timeOff.reason", reason);
        var add = new Button(getTranslation("manage.therapist.off.add"), e -> submit.accept(
                new TherapistChangeRequest.AddTimeOff(new TimeOffForm(from.getValue(), to.getValue(), reason.getValue()))));
        add.addClassName("manage-off-add");
        var fields = new Div(from, to, reason, add);
        fields.addClassName("manage-therapist-row");
        list.addClassName("manage-therapist-list");
        add(new H2(getTranslation("manage.therapist.timeOff")), fields, list);
    }

    void show(List<TherapistDetails.Away> away) {
        list.removeAll();
        if (away.isEmpty()) {
            list.add(new ListItem(getTranslation("manage.therapist.off.none")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        for (TherapistDetails.Away a : away) {
            var text = new Span(when.format(a.start()) + " – " + when.format(a.end()) + " · " + a.reason());
            var remove = new Button(getTranslation("manage.therapist.remove"),
                    e -> submit.accept(new TherapistChangeRequest.RemoveTimeOff(a.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("manage.therapist.off.removeOf", when.format(a.start())));
            list.add(new ListItem(text, remove));
        }
    }

    void clearInput() {
        from.clear();
        to.clear();
        reason.clear();
    }
}
