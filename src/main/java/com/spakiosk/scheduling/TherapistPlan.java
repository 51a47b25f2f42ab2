package com.spakiosk.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about one therapist that decides whether they can give a booked session: whether
 * they work here at all, what they are qualified for (treatments and add-ons), their shift plan
 * and their time off. A manager's change is compared as two plans, before and after (see
 * {@link #displaces}).
 */
public record TherapistPlan(boolean active, Set<Long> skills, Set<Long> addOnSkills, ShiftPlan shifts,
                            List<Interval> timeOff) {

    /** Why a therapist cannot give a session, in the order a manager would look. */
    public enum Why { NOT_ACTIVE, NOT_QUALIFIED, TIME_OFF, OUTSIDE_HOURS }

    public TherapistPlan {
        skills = Set.copyOf(skills);
        addOnSkills = Set.copyOf(addOnSkills);
        timeOff = Intervals.merge(timeOff);
    }

    /**
     * Empty when the therapist can give the treatment with these add-ons over the whole session;
     * otherwise why not.
     */
    public Optional<Why> whyNot(Interval session, long treatmentId, Set<Long> addOnIds, ZoneId zone) {
        if (!active) {
            return Optional.of(Why.NOT_ACTIVE);
        }
        if (!skills.contains(treatmentId) || !addOnSkills.containsAll(addOnIds)) {
            return Optional.of(Why.NOT_QUALIFIED);
        }
        if (Intervals.anyOverlap(timeOff, session)) {
            return Optional.of(Why.TIME_OFF);
        }
        LocalDate first = LocalDate.ofInstant(session.start(), zone);
        LocalDate last = LocalDate.ofInstant(session.end(), zone);
        if (Intervals.containing(shifts.working(first, last.plusDays(1), zone), session) == null) {
            return Optional.of(Why.OUTSIDE_HOURS);
        }
        return Optional.empty();
    }

    /**
     * Why the change to {@code after} leaves this session without its therapist: empty when they
     * can still give it, or when they could not before either (the change did not cause that).
     */
    public Optional<Why> displaces(TherapistPlan after, Interval session, long treatmentId, Set<Long> addOnIds,
                                   ZoneId zone) {
        if (whyNot(session, treatmentId, addOnIds, zone).isPresent()) {
            return Optional.empty();
        }
        return after.whyNot(session, treatmentId, addOnIds, zone);
    }
}
