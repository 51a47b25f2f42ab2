package com.spakiosk.booking;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The in-process broadcaster of "the calendar changed on these days", published only after a
 * change committed (by {@link BookingChangeRecorder} for this instance, by
 * {@link PostgresCalendarListener} for the others). Open desks subscribe while they are shown.
 * Each subscriber gets the changes gathered for a moment and at most one delivery per
 * {@code min-gap}, so a storm of kiosk holds redraws a desk a few times a second, not fifty, and
 * the same change arriving twice (committed here, then notified by PostgreSQL) is drawn once.
 * Deliveries run on virtual threads, so a slow desk holds up no other. (decision 0013)
 */
@Component
public class CalendarChanges {

    /** A subscription; cancel it when the view that needed it goes away. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final Set<CoalescingSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("calendar-changes").factory());
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("calendar-change-delivery-", 0).factory());
    private final Duration gather;
    private final Duration minGap;

    CalendarChanges(@Value("${spa.desk.live.gather:100ms}") Duration gather,
                    @Value("${spa.desk.live.min-gap:250ms}") Duration minGap) {
        this.gather = gather;
        this.minGap = minGap;
    }

    /**
     * Calls {@code listener} (on a thread of its own, never the caller's) with the days that
     * changed, until the subscription is cancelled.
     */
    public Subscription subscribe(Consumer<ChangedDays> listener) {
        var subscriber = new CoalescingSubscriber(listener, gather, minGap, timer, delivery);
        subscribers.add(subscriber);
        return () -> {
            subscribers.remove(subscriber);
            subscriber.cancel();
        };
    }

    /** Tells every subscriber; call only for what has committed. */
    void publish(ChangedDays changed) {
        subscribers.forEach(s -> s.offer(changed));
    }

    /** How many views listen now (for tests and diagnostics). */
    int subscriberCount() {
        return subscribers.size();
    }

    @PreDestroy
    void stop() {
        subscribers.clear();
        timer.shutdownNow();
        delivery.shutdownNow();
    }
}
