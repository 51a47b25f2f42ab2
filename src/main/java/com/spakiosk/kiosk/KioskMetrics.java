package com.spakiosk.kiosk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The kiosk's counters, for the Prometheus scrape (README, Metrics): how many guests start a
 * booking and how many finish it, and what the health screenings came to. Counts only: no
 * answer, no question and no guest is ever part of a metric.
 */
@Component
public class KioskMetrics {

    static final String FLOWS_STARTED = "spa.kiosk.flows.started";
    static final String FLOWS_FINISHED = "spa.kiosk.flows.finished";
    static final String SCREENINGS = "spa.kiosk.screenings";

    /** What a guest's screening came to, as a count. */
    public enum ScreeningResult { SUITABLE, NEEDS_REVIEW, NOT_SUITABLE }

    private final MeterRegistry registry;
    private final Counter started;
    private final Counter finished;

    KioskMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.started = Counter.builder(FLOWS_STARTED).description("Kiosk guests who chose a treatment")
                .register(registry);
        this.finished = Counter.builder(FLOWS_FINISHED).description("Kiosk guests who confirmed a booking")
                .register(registry);
    }

    /** A guest chose their first treatment: a booking flow began. */
    public void flowStarted() {
        started.increment();
    }

    /** A guest's booking was confirmed at the kiosk. */
    public void flowFinished() {
        finished.increment();
    }

    public void screened(ScreeningResult result) {
        Counter.builder(SCREENINGS).description("Kiosk health screenings by outcome (counts only)")
                .tag("outcome", result.name().toLowerCase()).register(registry).increment();
    }
}
