package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hours a therapist works on one weekday, in the spa's local time, with breaks.
 * Local times keep a 09:00-17:00 shift eight hours long on the days clocks change.
 */
@Entity
public class WeeklyShift extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private Therapist therapist;

    @Column(name = "rotation_week")
    private int week = 1;

    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;

    private LocalTime startsAt;
    private LocalTime endsAt;

    @ElementCollection
    @CollectionTable(name = "shift_break", joinColumns = @JoinColumn(name = "shift_id"))
    private List<Break> breaks = new ArrayList<>();

    protected WeeklyShift() {
    }

    WeeklyShift(Therapist therapist, int week, DayOfWeek day, LocalTime start, LocalTime end) {
        if (day == null || start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("A shift needs a day and a start before its end");
        }
        this.therapist = therapist;
        this.week = week;
        this.dayOfWeek = day;
        this.startsAt = start;
        this.endsAt = end;
    }

    /** Adds a break that lies inside the shift and does not overlap another break. */
    public WeeklyShift addBreak(LocalTime start, LocalTime end) {
        Break candidate = new Break(start, end);
        if (start.isBefore(startsAt) || end.isAfter(endsAt)) {
            throw new IllegalArgumentException("A break must lie within the shift " + startsAt + "-" + endsAt);
        }
        if (breaks.stream().anyMatch(candidate::overlaps)) {
            throw new IllegalArgumentException("Breaks must not overlap");
        }
        breaks.add(candidate);
        return this;
    }

    /** New hours and breaks, as the editor validated them. */
    void change(ShiftEdit edit) {
        if (!edit.start().isBefore(edit.end())) {
            throw new IllegalArgumentException("A shift needs a start before its end");
        }
        this.startsAt = edit.start();
        this.endsAt = edit.end();
        breaks.clear();
        edit.breaks().forEach(b -> addBreak(b.start(), b.end()));
    }

    public int getWeek() {
        return week;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public List<Break> getBreaks() {
        return Collections.unmodifiableList(breaks);
    }

    /** A pause within a shift, in local time. */
    @Embeddable
    public static class Break {

        private LocalTime startsAt;
        private LocalTime endsAt;

        protected Break() {
        }

        Break(LocalTime start, LocalTime end) {
            if (start == null || end == null || !start.isBefore(end)) {
                throw new IllegalArgumentException("A break needs a start before its end");
            }
            this.startsAt = start;
            this.endsAt = end;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        boolean overlaps(Break other) {
            return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
        }
    }
}
