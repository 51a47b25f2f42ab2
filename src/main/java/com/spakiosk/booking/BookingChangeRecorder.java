package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notes the days a transaction changed in the calendar and publishes them to
 * {@link CalendarChanges} once it has committed; a rolled-back transaction publishes nothing.
 * As the JPA entity listener of {@link Booking} it sees every insert and update of a booking,
 * whichever service method wrote it; bulk updates (the hold sweep) and a move's old day are
 * recorded by their writers. Hibernate asks Spring for this listener, so it is a bean; it keeps
 * no state of its own (the days live with the transaction). (decision 0013)
 */
@Component
class BookingChangeRecorder {

    private final CalendarChanges changes;
    private final SpaProperties spa;
    /** The key of this application context's days in the current transaction. */
    private final TransactionKey key;

    private record TransactionKey(CalendarChanges owner) {
    }

    BookingChangeRecorder(CalendarChanges changes, SpaProperties spa) {
        this.changes = changes;
        this.spa = spa;
        this.key = new TransactionKey(changes);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Booking booking) {
        record(booking.getStartsAt(), booking.getEndsAt());
    }

    /** A booking from {@code start} to {@code end} changed (or is about to) in this transaction. */
    void record(Instant start, Instant end) {
        recordDays(ChangedDays.touchedBy(start, end, spa.zone()));
    }

    /** Bookings starting at these instants changed (a bulk update); each is drawn on its start's day. */
    void recordStarts(Collection<Instant> starts) {
        recordDays(starts.stream().map(s -> LocalDate.ofInstant(s, spa.zone())).toList());
    }

    private void recordDays(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changes.publish(ChangedDays.of(days)); // no transaction: the write is already committed
            return;
        }
        @SuppressWarnings("unchecked")
        Set<LocalDate> pending = (Set<LocalDate>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Set<LocalDate> fresh = new HashSet<>();
            pending = fresh;
            TransactionSynchronizationManager.bindResource(key, fresh);
            // Also when Hibernate flushes during the commit itself: Spring collects synchronizations
            // for afterCompletion only after the commit, so one registered then still runs.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    if (status == STATUS_COMMITTED) {
                        changes.publish(ChangedDays.of(fresh));
                    }
                }
            });
        }
        pending.addAll(days);
    }
}
