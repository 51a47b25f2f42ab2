package com.spakiosk.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Who changed a booking, when, and how; written in the same transaction as the change. */
@Entity
@Table(name = "booking_history")
public class BookingHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof BookingHistoryEntry other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getClass());
    }
}
