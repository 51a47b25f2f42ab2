package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A period a therapist is away (holiday, sick leave, training): no slots are offered. */
@Entity
public class TimeOff extends AbstractEntity {

    public static final int REASON_MAX = 200;

    private Long therapistId;
    private Instant startsAt;
    private Instant endsAt;
    private String reason;

    protected TimeOff() {
    }

    public TimeOff(long therapistId, Instant startsAt, Instant endsAt, String reason) {
        if (startsAt == null || endsAt == null || !startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("Time off needs a start before its end");
        }
        this.therapistId = therapistId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = Require.text(reason, REASON_MAX, "Reason");
    }

    public long getTherapistId() {
        return therapistId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }
}
