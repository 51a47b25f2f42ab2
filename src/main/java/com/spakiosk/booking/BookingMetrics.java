package com.spakiosk.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The booking's counters and timers, for the Prometheus scrape (README, Metrics). Counts only:
 * a channel, never a guest, a code or an answer. A count inside a transaction is taken when it
 * commits, so a rolled-back confirmation is not counted as one.
 */
@Component
class BookingMetrics {

    static final String CONFIRMED = "spa.bookings.confirmed";
    static final String CANCELLED = "spa.bookings.cancelled";
    static final String HOLDS_PLACED = "spa.holds.placed";
    static final String HOLDS_EXPIRED = "spa.holds.expired";
    static final String JUST_TAKEN = "spa.holds.just.taken";
    static final String SEARCH = "spa.availability.search";

    private final MeterRegistry registry;
    private final Timer search;
    private final Counter expired;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.search = Timer.builder(SEARCH).description("Time to find the free slots of a search")
                .publishPercentiles(0.5, 0.95).register(registry);
        this.expired = Counter.builder(HOLDS_EXPIRED).description("Holds that ran out without a booking")
                .register(registry);
    }

    void confirmed(BookingChannel channel) {
        afterCommit(() -> byChannel(CONFIRMED, "Bookings confirmed", channel).increment());
    }

    void cancelled(BookingChannel channel) {
        afterCommit(() -> byChannel(CANCELLED, "Bookings cancelled (by a guest or the desk)", channel).increment());
    }

    /** A hold request's answer: a hold placed, or "just taken" (someone else was quicker). */
    void holdAnswered(BookingChannel channel, HoldOutcome outcome) {
        if (outcome instanceof HoldOutcome.Held) {
            byChannel(HOLDS_PLACED, "Holds placed", channel).increment();
        } else if (outcome instanceof HoldOutcome.JustTaken) {
            byChannel(JUST_TAKEN, "Hold requests answered 'just taken'", channel).increment();
        }
    }

    void holdsExpired(int count) {
        afterCommit(() -> expired.increment(count));
    }

    <T> T timeSearch(Supplier<T> search) {
        return this.search.record(search);
    }

    private Counter byChannel(String name, String description, BookingChannel channel) {
        return Counter.builder(name).description(description).tag("channel", channel.name().toLowerCase())
                .register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
