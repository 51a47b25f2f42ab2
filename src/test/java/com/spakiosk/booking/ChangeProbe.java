package com.spakiosk.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test helper: listens to one instance's {@link CalendarChanges} and waits for a day to be announced. */
final class ChangeProbe implements AutoCloseable {

    private final List<ChangedDays> heard = new CopyOnWriteArrayList<>();
    private final CalendarChanges.Subscription subscription;

    ChangeProbe(CalendarChanges changes) {
        subscription = changes.subscribe(heard::add);
    }

    /** Waits up to {@code within} for an announcement of {@code day}; true if it came. */
    boolean hears(LocalDate day, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (heardOf(day)) {
                return true;
            }
            Thread.sleep(10);
        }
        return heardOf(day);
    }

    boolean heardOf(LocalDate day) {
        return heard.stream().anyMatch(c -> c.days().contains(day));
    }

    boolean heardAnyDay() {
        return heard.stream().anyMatch(ChangedDays::anyDay);
    }

    void forget() {
        heard.clear();
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
