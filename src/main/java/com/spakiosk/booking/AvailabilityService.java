package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.scheduling.SlotFinder;
import com.spakiosk.scheduling.SlotRequest;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free times for a treatment: what the kiosk and the desk offer. Read-only; holds come from {@link BookingService}. */
@Service
@AnonymousAccess("free times are what the kiosk offers every guest; they name no guest")
public class AvailabilityService {

    private final CalendarLoader loader;
    private final SlotRequests requests;
    private final SpaProperties spa;
    private final BookingProperties properties;
    private final Clock clock;
    private final BookingMetrics metrics;
    private final SlotFinder finder = new SlotFinder();

    /** How far ahead {@link #nextOpening()} looks: a week and a day covers any weekly plan. */
    static final int OPENING_LOOKAHEAD_DAYS = 8;

    AvailabilityService(CalendarLoader loader, SlotRequests requests, SpaProperties spa, BookingProperties properties,
                        Clock clock, BookingMetrics metrics) {
        this.metrics = metrics;
        this.loader = loader;
        this.requests = requests;
        this.spa = spa;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Free slots, earliest first. Times before now are never offered. With no therapist named,
     * each slot gets the therapist whose choice keeps the day most bookable.
     */
    @Transactional(readOnly = true)
    public List<Slot> findSlots(SlotSearch search) {
        return metrics.timeSearch(() -> find(loader.catalog(), search, clock.instant()));
    }

    /**
     * The active therapists' working hours on the local days [from, until): shifts less breaks,
     * and less time off, as the engine offers them. For the manager's utilisation report.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<WorkingHours> workingHours(LocalDate from, LocalDate until) {
        return loader.workingHours(from, until);
    }

    /** Walk-in slots: from now plus the walk-in lead time, until the end of today. */
    @Transactional(readOnly = true)
    public List<Slot> walkInSlots(long treatmentId, long variantId, List<Long> addOnIds, int limit) {
        Instant now = clock.instant();
        Instant from = earliestWalkInStart();
        Instant endOfDay = LocalDate.ofInstant(now, spa.zone()).plusDays(1).atStartOfDay(spa.zone()).toInstant();
        if (!from.isBefore(endOfDay)) {
            return List.of();
        }
        SlotSearch search = new SlotSearch(treatmentId, variantId, addOnIds, from, endOfDay, null, limit);
        return metrics.timeSearch(() -> find(loader.catalog(), search, now));
    }

    /**
     * Every treatment duration (without add-ons) that can start within {@code window} from now,
     * with its earliest slot: the "can start within 30 minutes" strip. One snapshot for all.
     */
    @Transactional(readOnly = true)
    public List<SoonSlot> startingWithin(Duration window) {
        Instant now = clock.instant();
        Instant from = earliestWalkInStart();
        Instant until = now.plus(window).plusSeconds(1);
        if (!from.isBefore(until)) {
            return List.of();
        }
        SpaCatalog catalog = loader.catalog();
        LocalDate day = LocalDate.ofInstant(from, spa.zone());
        Snapshot snapshot = loader.snapshot(catalog, day, day.plusDays(1), now, null);
        List<SoonSlot> soon = new ArrayList<>();
        for (SpaCatalog.Variant variant : catalog.variants().values()) {
            SlotRequest request = requests.build(catalog, variant.treatmentId(), variant.id(), List.of(), from, until,
                    null, 1);
            finder.find(snapshot, request).stream().findFirst()
                    .ifPresent(slot -> soon.add(new SoonSlot(variant.treatmentId(), variant.id(), slot)));
        }
        soon.sort(Comparator.comparing((SoonSlot s) -> s.slot().start()).thenComparingLong(SoonSlot::variantId));
        return soon;
    }

    /** The first moment a walk-in guest can start: now plus the walk-in lead, on the grid. */
    @Transactional(readOnly = true)
    public Instant earliestWalkInStart() {
        return SlotRequest.walkInStart(clock.instant(), loader.catalog().settings().walkInLead(), properties.grid(),
                spa.zone());
    }

    /** Whether the spa is closed all day on this date (a closed weekday or a closed date such as a holiday). */
    @Transactional(readOnly = true)
    public boolean isClosedOn(LocalDate date) {
        return loader.catalog().settings().openingHours().isClosedOn(date);
    }

    /**
     * When the spa next works, from the earliest walk-in start on: that moment itself while a
     * therapist is on shift, else the start of the next shift within {@code OPENING_LOOKAHEAD_DAYS}.
     * Empty when nobody works in that time (a closed week).
     */
    @Transactional(readOnly = true)
    public Optional<Instant> nextOpening() {
        Instant from = earliestWalkInStart();
        LocalDate day = LocalDate.ofInstant(from, spa.zone());
        Snapshot snapshot = loader.snapshot(loader.catalog(), day, day.plusDays(OPENING_LOOKAHEAD_DAYS),
                clock.instant(), null);
        return snapshot.therapists().stream()
                .flatMap(t -> t.working().stream().filter(w -> w.end().isAfter(from)).findFirst().stream())
                .map(Interval::start)
                .map(start -> start.isBefore(from) ? from : start)
                .min(Instant::compareTo);
    }

    /** The price and minutes of a treatment duration with add-ons, as a hold would charge them. */
    @Transactional(readOnly = true)
    public Quote quote(long variantId, List<Long> addOnIds) {
        return Quote.of(loader.catalog(), variantId, addOnIds);
    }

    /** A treatment duration and the earliest slot it can have soon. */
    public record SoonSlot(long treatmentId, long variantId, Slot slot) {
    }

    List<Slot> find(SpaCatalog catalog, SlotSearch search, Instant now) {
        Instant from = search.from().isBefore(now) ? now : search.from();
        if (!from.isBefore(search.until())) {
            return List.of();
        }
        SlotRequest request = requests.build(catalog, search.treatmentId(), search.variantId(), search.addOnIds(),
                from, search.until(), search.therapistId(), search.limit());
        ZoneId zone = spa.zone();
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate lastDay = LocalDate.ofInstant(search.until().minusNanos(1), zone);
        return finder.find(loader.snapshot(catalog, firstDay, lastDay.plusDays(1), now, null), request);
    }
}
