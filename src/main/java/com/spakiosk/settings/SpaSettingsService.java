package com.spakiosk.settings;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.scheduling.OpeningHours;
import com.spakiosk.security.Actor;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spa's opening hours, closed dates and booking settings: read by the engine, the kiosk and
 * the desk (cached per instance, reloaded when the shared resource version moves), edited by
 * managers. Until the first start has seeded the table, the environment's values stand in.
 */
@Service
public class SpaSettingsService {

    private final StoredSettingsRepository repository;
    private final ResourceVersion resourceVersion;
    private final BookingsOutsideHours bookings;
    private final SpaSettings defaults;
    private final Clock clock;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(long resourceVersion, SpaSettings settings) {
    }

    SpaSettingsService(StoredSettingsRepository repository, ResourceVersion resourceVersion,
                       BookingsOutsideHours bookings, SettingsDefaults.Booking booking, SettingsDefaults.Hours hours,
                       Clock clock) {
        this.repository = repository;
        this.resourceVersion = resourceVersion;
        this.bookings = bookings;
        this.defaults = defaults(booking, hours);
        this.clock = clock;
    }

    /** A new spa's settings: the environment's values, open every day. */
    static SpaSettings defaults(SettingsDefaults.Booking booking, SettingsDefaults.Hours hours) {
        return new SpaSettings(OpeningHours.everyDay(hours.opens(), hours.closes()).week(), List.of(),
                booking.turnover(), booking.walkInLead(), booking.guestCancelCutoff(), 0, null, null);
    }

    /** The settings in force. One tiny query (the resource version) unless they changed. */
    @Transactional(readOnly = true)
    @AnonymousAccess("opening hours and booking rules are what the kiosk shows every guest")
    public SpaSettings current() {
        long version = resourceVersion.current();
        Cached cached = cache.get();
        if (cached != null && cached.resourceVersion() == version) {
            return cached.settings();
        }
        SpaSettings fresh = repository.findById(StoredSettings.THE_ROW).map(StoredSettings::toSettings).orElse(defaults);
        cache.set(new Cached(version, fresh));
        return fresh;
    }

    /** The coming bookings that these (edited, unsaved) hours would leave outside, by start. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<AffectedBooking> bookingsOutside(SpaSettings edited) {
        return bookings.outside(edited.openingHours(), clock.instant());
    }

    /**
     * Saves the settings a manager edited. Refused ({@link SettingsException}) when another
     * manager saved since {@code edited.version()}, or when a coming booking would fall outside
     * the new hours and is not among {@code keptBookings} (the ones the manager was shown and
     * chose to keep: they stay booked, only new bookings follow the new hours). Open kiosks and
     * desks see the new settings on their next screen.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public SpaSettings save(SpaSettings edited, Collection<Long> keptBookings) {
        StoredSettings row = repository.findById(StoredSettings.THE_ROW).orElse(null);
        long storedVersion = row == null ? 0 : row.getVersion();
        if (edited.version() != storedVersion) {
            throw stale(row);
        }
        List<AffectedBooking> outside = bookings.outside(edited.openingHours(), clock.instant());
        if (!outside.stream().allMatch(b -> keptBookings.contains(b.bookingId()))) {
            throw new SettingsException(SettingsException.Reason.UNSEEN_BOOKINGS,
                    outside.size() + " coming bookings would be outside the new hours", outside, null, null);
        }
        try {
            if (row == null) {
                row = repository.save(new StoredSettings(edited, clock.instant(), Actor.required()));
            } else {
                row.apply(edited, clock.instant(), Actor.required());
            }
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(repository.findById(StoredSettings.THE_ROW).orElse(null));
        }
        resourceVersion.bump();
        return row.toSettings();
    }

    /** Writes the environment's defaults once, when the table is empty (a new spa's first start). */
    @Transactional
    boolean seedIfEmpty() {
        if (repository.existsById(StoredSettings.THE_ROW)) {
            return false;
        }
        repository.saveAndFlush(new StoredSettings(defaults, null, null));
        resourceVersion.bump();
        return true;
    }

    private static SettingsException stale(StoredSettings row) {
        SpaSettings now = row == null ? null : row.toSettings();
        return new SettingsException(SettingsException.Reason.STALE, "Another manager saved the settings first",
                List.of(), now == null ? null : now.updatedBy(), now == null ? null : now.updatedAt());
    }
}
