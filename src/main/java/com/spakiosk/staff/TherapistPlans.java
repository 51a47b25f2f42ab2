package com.spakiosk.staff;

import com.spakiosk.scheduling.DayChange;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.ShiftPlan;
import com.spakiosk.scheduling.ShiftTemplate;
import com.spakiosk.scheduling.TherapistPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Stored rows and typed forms as the engine's plans, so that a change can be compared before and after. */
final class TherapistPlans {

    private TherapistPlans() {
    }

    static ShiftPlan shiftPlan(Therapist t, Collection<DayChange> changes) {
        return new ShiftPlan(t.getRotationWeeks(), t.getRotationAnchor(), templates(t.getShifts()),
                ShiftPlan.byDate(changes));
    }

    static List<ShiftTemplate> templates(List<WeeklyShift> shifts) {
        return shifts.stream().map(s -> new ShiftTemplate(s.getDayOfWeek(), s.getStartsAt(), s.getEndsAt(),
                s.getBreaks().stream().map(b -> new ShiftTemplate.LocalBreak(b.getStartsAt(), b.getEndsAt())).toList(),
                s.getWeek())).toList();
    }

    static TherapistPlan of(Therapist t, Collection<DayChange> changes, List<Interval> timeOff) {
        return new TherapistPlan(t.isActive(), t.getSkills(), t.getAddOnSkills(), shiftPlan(t, changes), timeOff);
    }

    /** The plan a valid form describes, with the stored one-off changes and time off. */
    static TherapistPlan of(TherapistForm form, Collection<DayChange> changes, List<Interval> timeOff) {
        List<ShiftTemplate> templates = new ArrayList<>();
        for (ShiftEdit s : form.shifts()) {
            templates.add(new ShiftTemplate(s.day(), s.start(), s.end(), s.breaks().stream()
                    .map(b -> new ShiftTemplate.LocalBreak(b.start(), b.end())).toList(), s.week()));
        }
        return new TherapistPlan(form.active(), form.treatments(), form.addOns(),
                new ShiftPlan(form.rotationWeeks(), form.anchor(), templates, ShiftPlan.byDate(changes)), timeOff);
    }

    static TherapistForm form(Therapist t) {
        List<ShiftEdit> shifts = t.getShifts().stream()
                .sorted(java.util.Comparator.comparing(WeeklyShift::getWeek).thenComparing(WeeklyShift::getDayOfWeek))
                .map(s -> new ShiftEdit(s.getWeek(), s.getDayOfWeek(), s.getStartsAt(), s.getEndsAt(),
                        s.getBreaks().stream().map(b -> new ShiftEdit.Span(b.getStartsAt(), b.getEndsAt())).toList()))
                .toList();
        return new TherapistForm(t.getDisplayName(), t.getBio(), t.isActive(), t.getColour(), t.getSkills(),
                t.getAddOnSkills(), t.getRotationWeeks(), t.getRotationAnchor(), shifts);
    }
}
