package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A time a room is out of use (a repair, a deep clean): the engine offers it to nobody then. */
@Entity
public class RoomBlock extends AbstractEntity {

    public static final int REASON_MAX = 200;

    private Long roomId;
    private Instant startsAt;
    private Instant endsAt;
    private String reason;
    private String createdBy;

    protected RoomBlock() {
    }

    public RoomBlock(long roomId, Instant startsAt, Instant endsAt, String reason, String createdBy) {
        if (startsAt == null || endsAt == null || !startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("A room block needs a start before its end");
        }
        this.roomId = roomId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = Require.text(reason, REASON_MAX, "Reason");
        this.createdBy = Require.text(createdBy, 100, "Created by");
    }

    public long getRoomId() {
        return roomId;
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

    public String getCreatedBy() {
        return createdBy;
    }
}
