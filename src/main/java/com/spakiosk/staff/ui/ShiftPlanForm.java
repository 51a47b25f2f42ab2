package com.spakiosk.staff.ui;

import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.scheduling.ShiftPlan;
import com.spakiosk.staff.ShiftEdit;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shift plan: how many weeks it repeats over, its first Monday, and per week and weekday the
 * start, end and breaks ("12:30-13:00, 15:00-15:15"). A day left empty is a day off. Breaks that
 * cannot be read are refused here, at their field; everything else the service checks.
 */
class ShiftPlanForm extends Div {

    private static final Pattern BREAK = Pattern.compile("\\s*(\\d{1,2}[:.]\\d{2})\\s*[-–—]\\s*(\\d{1,2}[:.]\\d{2})\\s*");

    final Select<Integer> weeks = new Select<>();
    final DatePicker anchor = new DatePicker();
    private final FieldProblems problems;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<Div> weekBlocks = new ArrayList<>();

    /** One weekday of one week: start, end, breaks. */
    record Row(int week, DayOfWeek day, TimePicker start, TimePicker end, TextField breaks) {
    }

    ShiftPlanForm(FieldProblems problems) {
        this.problems = problems;
        addClassName("manage-shift-plan");
        weeks.setLabel(getTranslation("manage.therapist.rotation"));
        List<Integer> choices = new ArrayList<>();
        for (int w = 1; w <= ShiftPlan.MAX_ROTATION_WEEKS; w++) {
            choices.add(w);
        }
        weeks.setItems(choices);
        weeks.setItemLabelGenerator(w -> getTranslation("manage.therapist.rotationWeeks", w));
        weeks.setValue(1);
        weeks.setId("therapist-rotation");
        anchor.setLabel(getTranslation("manage.therapist.anchor"));
        anchor.setHelperText(getTranslation("manage.therapist.anchorHelp"));
        anchor.setLocale(getLocale());
        problems.field("rotationWeeks", weeks);
        problems.field("anchor", anchor);
        var head = new Div(weeks, anchor);
        head.addClassName("manage-therapist-row");
        add(new H2(getTranslation("manage.therapist.plan")), new Paragraph(getTranslation("manage.therapist.planHelp")),
                head);
        for (int w = 1; w <= ShiftPlan.MAX_ROTATION_WEEKS; w++) {
            var block = new Div(new H3(getTranslation("manage.therapist.week", w)));
            block.addClassName("manage-shift-week");
            for (DayOfWeek day : DayOfWeek.values()) {
                block.add(row(w, day));
            }
            weekBlocks.add(block);
            add(block);
        }
        weeks.addValueChangeListener(e -> showWeeks());
        showWeeks();
    }

    private Div row(int week, DayOfWeek day) {
        String dayName = day.getDisplayName(TextStyle.FULL, getLocale());
        var start = new TimePicker(getTranslation("manage.therapist.start"));
        var end = new TimePicker(getTranslation("manage.therapist.end"));
        var breaks = new TextField(getTranslation("manage.therapist.breaks"));
        for (TimePicker p : List.of(start, end)) {
            p.setStep(Duration.ofMinutes(15));
            p.setLocale(getLocale());
            p.setClearButtonVisible(true);
        }
        String prefix = dayName + ", " + getTranslation("manage.therapist.week", week) + ": ";
        start.setAriaLabel(prefix + start.getLabel());
        end.setAriaLabel(prefix + end.getLabel());
        breaks.setAriaLabel(prefix + breaks.getLabel());
        Row row = new Row(week, day, start, end, breaks);
        String key = week + "." + day;
        rows.put(key, row);
        problems.field("shift." + key + ".start", start);
        problems.field("shift." + key + ".end", end);
        problems.field("shift." + key + ".breaks", breaks);
        var label = new Span(dayName);
        label.addClassName("manage-shift-day");
        var line = new Div(label, start, end, breaks);
        line.addClassName("manage-shift-row");
        return line;
    }

    private void showWeeks() {
        int n = weeks.getValue() == null ? 1 : weeks.getValue();
        for (int w = 0; w < weekBlocks.size(); w++) {
            weekBlocks.get(w).setVisible(w < n);
        }
        anchor.setVisible(n > 1);
    }

    void show(int rotationWeeks, LocalDate anchorMonday, List<ShiftEdit> shifts) {
        weeks.setValue(rotationWeeks);
        anchor.setValue(anchorMonday);
        rows.values().forEach(r -> {
            r.start().clear();
            r.end().clear();
            r.breaks().clear();
        });
        for (ShiftEdit s : shifts) {
            Row row = rows.get(s.week() + "." + s.day());
            if (row != null) {
                row.start().setValue(s.start());
                row.end().setValue(s.end());
                row.breaks().setValue(String.join(", ", s.breaks().stream()
                        .map(b -> b.start() + "-" + b.end()).toList()));
            }
        }
    }

    /** The plan's shifts as typed (weeks within the rotation); refused at the field when breaks cannot be read. */
    List<ShiftEdit> shifts() {
        int n = weeks.getValue() == null ? 1 : weeks.getValue();
        List<ShiftEdit> shifts = new ArrayList<>();
        List<FieldProblem> unreadable = new ArrayList<>();
        for (Row r : rows.values()) {
            if (r.week() > n || r.start().isEmpty() && r.end().isEmpty() && r.breaks().isEmpty()) {
                continue;
            }
            List<ShiftEdit.Span> breaks = new ArrayList<>();
            for (String part : r.breaks().getValue().split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = BREAK.matcher(part);
                if (!m.matches() || time(m.group(1)) == null || time(m.group(2)) == null) {
                    unreadable.add(FieldProblem.of("shift." + r.week() + "." + r.day() + ".breaks",
                            "manage.therapist.problem.breaksFormat"));
                    break;
                }
                breaks.add(new ShiftEdit.Span(time(m.group(1)), time(m.group(2))));
            }
            shifts.add(new ShiftEdit(r.week(), r.day(), r.start().getValue(), r.end().getValue(), breaks));
        }
        MenuEditException.refuseIfAny(unreadable);
        return shifts;
    }

    private static LocalTime time(String text) {
        String[] parts = text.split("[:.]");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /** A weekday's fields in one week (for tests and the editor). */
    Row rowOf(int week, DayOfWeek day) {
        return rows.get(week + "." + day);
    }
}
