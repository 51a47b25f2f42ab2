package com.spakiosk.booking;

import com.spakiosk.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed a booking, when, and how; written in the same transaction as the change. */
@Entity
@Table(name = "booking_history")
public class BookingHistoryEntry extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    private Instant occurredAt;
    private String actor;
    private String action;

    @Enumerated(EnumType.STRING)
    private BookingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private BookingStatus toStatus;

    private String details;

    protected BookingHistoryEntry() {
    }

    BookingHistoryEntry(Booking booking, Instant occurredAt, String actor, String action,
                        BookingStatus fromStatus, BookingStatus toStatus, String details) {
        this.booking = booking;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.details = details;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public BookingStatus getFromStatus() {
        return fromStatus;
    }

    public BookingStatus getToStatus() {
        return toStatus;
    }

    public String getDetails() {
        return details;
    }
}
