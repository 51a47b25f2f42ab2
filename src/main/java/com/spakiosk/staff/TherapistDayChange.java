package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import com.spakiosk.scheduling.DayChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalTime;

/** A one-off change of a therapist's hours on one date: other hours, or a day off (no times). */
@Entity
public class TherapistDayChange extends AbstractEntity {

    public static final int NOTE_MAX = 200;

    private Long therapistId;
    private LocalDate changeDate;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    @Column(name = "ends_at")
    private LocalTime endsAt;
    private String note;

    protected TherapistDayChange() {
    }

    TherapistDayChange(long therapistId, DayChange change, String note) {
        this.therapistId = therapistId;
        this.changeDate = change.date();
        this.startsAt = change.start();
        this.endsAt = change.end();
        this.note = Require.optionalText(note, NOTE_MAX, "Note");
    }

    public DayChange asDayChange() {
        return new DayChange(changeDate, startsAt, endsAt);
    }

    public long getTherapistId() {
        return therapistId;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public String getNote() {
        return note;
    }
}
