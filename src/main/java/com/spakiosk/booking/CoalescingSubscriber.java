package com.spakiosk.booking;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber of {@link CalendarChanges}: changes offered while a delivery is pending join it.
 * A delivery waits {@code gather} after the first change (so that the same commit announced twice,
 * here and by PostgreSQL, arrives once) and comes no sooner than {@code minGap} after the previous
 * one (so that a burst costs a few redraws a second at most).
 */
final class CoalescingSubscriber {

    private static final Logger log = LoggerFactory.getLogger(CoalescingSubscriber.class);

    private final Consumer<ChangedDays> listener;
    private final long gatherNanos;
    private final long minGapNanos;
    private final ScheduledExecutorService timer;
    private final Executor delivery;
    private ChangedDays pending;
    private long lastDelivery = System.nanoTime() - Long.MAX_VALUE / 2;
    private volatile boolean cancelled;

    CoalescingSubscriber(Consumer<ChangedDays> listener, Duration gather, Duration minGap,
                         ScheduledExecutorService timer, Executor delivery) {
        this.listener = listener;
        this.gatherNanos = gather.toNanos();
        this.minGapNanos = minGap.toNanos();
        this.timer = timer;
        this.delivery = delivery;
    }

    synchronized void offer(ChangedDays changed) {
        if (cancelled) {
            return;
        }
        if (pending != null) {
            pending = pending.and(changed);
            return;
        }
        pending = changed;
        long wait = Math.max(gatherNanos, lastDelivery + minGapNanos - System.nanoTime());
        try {
            timer.schedule(() -> delivery.execute(this::deliver), wait, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            pending = null;
        }
    }

    void cancel() {
        cancelled = true;
    }

    private void deliver() {
        ChangedDays changed;
        synchronized (this) {
            changed = pending;
            pending = null;
            lastDelivery = System.nanoTime();
        }
        if (changed == null || cancelled) {
            return;
        }
        try {
            listener.accept(changed);
        } catch (RuntimeException e) {
            // One desk's trouble (a closed tab, a detached UI) must not stop the others' updates.
            log.warn("A calendar change listener failed", e);
        }
    }
}
