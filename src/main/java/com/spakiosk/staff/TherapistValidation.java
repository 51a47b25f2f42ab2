package com.spakiosk.staff;

import com.spakiosk.menu.FieldProblem;
import com.spakiosk.scheduling.ShiftPlan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a therapist's edit, each a small named check giving a problem at its field.
 * Pure, so that the editor's service and the tests ask the same rules.
 */
final class TherapistValidation {

    static final String REQUIRED = "manage.problem.required";
    static final String TOO_LONG = "manage.problem.tooLong";
    static final String END_BEFORE_START = "manage.therapist.problem.endBeforeStart";
    static final String BREAK_OUTSIDE = "manage.therapist.problem.breakOutside";
    static final String BREAK_OVERLAP = "manage.therapist.problem.breakOverlap";
    static final String ROTATION = "manage.therapist.problem.rotation";
    static final String PAST = "manage.therapist.problem.past";
    static final String DATE_TAKEN = "manage.therapist.problem.dateTaken";

    private TherapistValidation() {
    }

    static List<FieldProblem> of(TherapistForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text("name", form.name(), Therapist.NAME_MAX, true, problems);
        text("bio", form.bio(), Therapist.BIO_MAX, false, problems);
        rotation(form, problems);
        form.shifts().forEach(s -> shift(s, problems));
        return problems;
    }

    static List<FieldProblem> of(DayChangeForm form, LocalDate today, List<LocalDate> takenDates) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.date() == null) {
            problems.add(FieldProblem.of("dayChange.date", REQUIRED));
        } else if (form.date().isBefore(today)) {
            problems.add(FieldProblem.of("dayChange.date", PAST));
        } else if (takenDates.contains(form.date())) {
            problems.add(FieldProblem.of("dayChange.date", DATE_TAKEN));
        }
        if (!form.dayOff()) {
            span("dayChange.start", "dayChange.end", form.start(), form.end(), problems);
        }
        text("dayChange.note", form.note(), TherapistDayChange.NOTE_MAX, false, problems);
        return problems;
    }

    static List<FieldProblem> of(TimeOffForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.from() == null) {
            problems.add(FieldProblem.of("timeOff.from", REQUIRED));
        }
        if (form.to() == null) {
            problems.add(FieldProblem.of("timeOff.to", REQUIRED));
        } else if (form.from() != null && !form.from().isBefore(form.to())) {
            problems.add(FieldProblem.of("timeOff.to", END_BEFORE_START));
        }
        text("timeOff.reason", form.reason(), TimeOff.REASON_MAX, true, problems);
        return problems;
    }

    /** The plan repeats every 1 to 4 weeks; a longer one needs its first Monday; shifts lie in its weeks. */
    static void rotation(TherapistForm form, List<FieldProblem> problems) {
        int weeks = form.rotationWeeks();
        if (weeks < 1 || weeks > ShiftPlan.MAX_ROTATION_WEEKS) {
            problems.add(FieldProblem.of("rotationWeeks", ROTATION, ShiftPlan.MAX_ROTATION_WEEKS));
            return;
        }
        if (weeks > 1 && form.anchor() == null) {
            problems.add(FieldProblem.of("anchor", REQUIRED));
        }
        if (form.shifts().stream().anyMatch(s -> s.week() < 1 || s.week() > weeks)) {
            problems.add(FieldProblem.of("rotationWeeks", ROTATION, ShiftPlan.MAX_ROTATION_WEEKS));
        }
    }

    /** A shift has a start before its end; each break has one too, lies within the shift and overlaps no other. */
    static void shift(ShiftEdit shift, List<FieldProblem> problems) {
        if (!span(shift.field("start"), shift.field("end"), shift.start(), shift.end(), problems)) {
            return;
        }
        List<ShiftEdit.Span> seen = new ArrayList<>();
        for (ShiftEdit.Span b : shift.breaks()) {
            String field = shift.field("breaks");
            if (b.start() == null || b.end() == null || !b.start().isBefore(b.end())) {
                problems.add(FieldProblem.of(field, END_BEFORE_START));
                return;
            }
            if (b.start().isBefore(shift.start()) || b.end().isAfter(shift.end())) {
                problems.add(FieldProblem.of(field, BREAK_OUTSIDE, shift.start(), shift.end()));
                return;
            }
            if (seen.stream().anyMatch(o -> o.start().isBefore(b.end()) && b.start().isBefore(o.end()))) {
                problems.add(FieldProblem.of(field, BREAK_OVERLAP));
                return;
            }
            seen.add(b);
        }
    }

    /** True when both times are there and the start comes first; otherwise says so at the field. */
    static boolean span(String startField, String endField, LocalTime start, LocalTime end,
                        List<FieldProblem> problems) {
        if (start == null || end == null) {
            problems.add(FieldProblem.of(start == null ? startField : endField, REQUIRED));
            return false;
        }
        if (!start.isBefore(end)) {
            problems.add(FieldProblem.of(endField, END_BEFORE_START));
            return false;
        }
        return true;
    }

    static void text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, REQUIRED));
            }
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, TOO_LONG, max));
        }
    }
}
