package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The kiosk's timers on one server poll. Each timer belongs to a component and is cancelled
 * when that component is detached, so a screen that is gone can never act on the next guest.
 * The browser polls only while a timer is pending, and no sooner than the earliest is due.
 */
final class PollTimers {

    private static final long MIN_POLL_MS = 250;

    private final Clock clock;
    private final UI ui;
    private final List<Timer> pending = new ArrayList<>();

    private record Timer(Instant due, Runnable action) {
    }

    PollTimers(UI ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    Registration after(Component owner, Duration delay, Runnable action) {
        Timer timer = new Timer(clock.instant().plus(delay), action);
        pending.add(timer);
        Registration onDetach = owner.addDetachListener(e -> cancel(timer));
        schedulePoll();
        return () -> {
            onDetach.remove();
            cancel(timer);
        };
    }

    /** A poll arrived: run what is due (in the order it fell due), then wait for the next one. */
    void poll() {
        Instant now = clock.instant();
        List<Timer> due = pending.stream().filter(t -> !t.due().isAfter(now))
                .sorted(Comparator.comparing(Timer::due)).toList();
        pending.removeAll(due);
        due.forEach(t -> t.action().run());
        schedulePoll();
    }

    /** Cancels everything, as when the guest is forgotten. */
    void cancelAll() {
        pending.clear();
        schedulePoll();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    private void cancel(Timer timer) {
        pending.remove(timer);
        schedulePoll();
    }

    private void schedulePoll() {
        Instant now = clock.instant();
        ui.setPollInterval(pending.stream().map(Timer::due).min(Instant::compareTo)
                .map(due -> (int) Math.max(MIN_POLL_MS, Duration.between(now, due).toMillis()))
                .orElse(-1));
    }
}
