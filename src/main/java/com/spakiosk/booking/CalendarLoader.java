package com.spakiosk.booking;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.EquipmentCalendar;
import com.spakiosk.scheduling.Extra;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.RoomCalendar;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.scheduling.TherapistCalendar;
import com.spakiosk.scheduling.WorkingTime;
import com.spakiosk.screening.ScreeningPreview;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.settings.SpaSettingsService;
import com.spakiosk.staff.EquipmentType;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.StaffService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Loads what the engine needs for a range of days: the cached catalog (one query to check its
 * version), every occupying booking and live hold with its equipment (one query), and time
 * off (one query). Three queries, whatever the number of therapists, rooms or bookings.
 */
@Component
class CalendarLoader {

    @PersistenceContext
    private EntityManager em;

    private final ResourceVersion resourceVersion;
    private final MenuService menu;
    private final StaffService staff;
    private final ScreeningService screening;
    private final SpaProperties spa;
    private final SpaSettingsService settings;
    private final RoomEditor roomEditor;
    private final Clock clock;
    private final AtomicReference<SpaCatalog> cache = new AtomicReference<>();

    CalendarLoader(ResourceVersion resourceVersion, MenuService menu, StaffService staff, ScreeningService screening,
                   SpaProperties spa, SpaSettingsService settings, RoomEditor roomEditor, Clock clock) {
        this.roomEditor = roomEditor;
        this.clock = clock;
        this.resourceVersion = resourceVersion;
        this.menu = menu;
        this.staff = staff;
        this.screening = screening;
        this.spa = spa;
        this.settings = settings;
    }

    /** The catalog, reloaded only when some instance changed the resources since it was loaded. */
    SpaCatalog catalog() {
        long version = resourceVersion.current();
        SpaCatalog cached = cache.get();
        if (cached != null && cached.version() == version) {
            return cached;
        }
        SpaCatalog fresh = loadCatalog(version);
        cache.set(fresh);
        return fresh;
    }

    /**
     * The calendars of the local days [from, until) as seen at {@code now}: holds that expired
     * by then block nothing. {@code ignoredBooking} (a booking being moved) is left out.
     */
    Snapshot snapshot(SpaCatalog catalog, LocalDate from, LocalDate until, Instant now, Long ignoredBooking) {
        Instant start = from.atStartOfDay(spa.zone()).toInstant();
        Instant end = until.atStartOfDay(spa.zone()).toInstant();
        Map<Long, List<Interval>> therapistBusy = new HashMap<>();
        Map<Long, List<Interval>> roomBusy = new HashMap<>();
        Map<Long, List<Interval>> equipmentUses = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        List<Object[]> rows = em.createQuery("""
                        select b.id, b.therapistId, b.roomId, b.startsAt, b.blockedUntil,
                               e.equipmentTypeId, e.startsAt, e.endsAt
                        from Booking b left join b.equipment e
                        where b.status in :occupying
                          and (b.status <> :held or b.holdExpiresAt > :now)
                          and b.startsAt < :end and b.blockedUntil > :start""", Object[].class)
                .setParameter("occupying", BookingStatus.OCCUPYING)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            if (ignoredBooking != null && ignoredBooking == id) {
                continue;
            }
            if (seen.add(id)) {
                Interval blocked = new Interval((Instant) row[3], (Instant) row[4]);
                therapistBusy.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(blocked);
                roomBusy.computeIfAbsent((Long) row[2], k -> new ArrayList<>()).add(blocked);
            }
            if (row[5] != null) {
                equipmentUses.computeIfAbsent((Long) row[5], k -> new ArrayList<>())
                        .add(new Interval((Instant) row[6], (Instant) row[7]));
            }
        }
        Map<Long, List<Interval>> timeOff = timeOff(start, end);
        List<Interval> closed = closedTimes(catalog, from, until);

        List<TherapistCalendar> therapists = catalog.therapists().stream().map(t -> {
            List<Interval> away = timeOff.getOrDefault(t.id(), List.of());
            return new TherapistCalendar(t.id(), t.skills(), workingTime(t, from, until, away, closed),
                    therapistBusy.getOrDefault(t.id(), List.of()), away, t.addOnSkills());
        }).toList();
        List<RoomCalendar> rooms = catalog.rooms().stream()
                .map(r -> new RoomCalendar(r.id(), r.suitableTreatments(), roomBusy.getOrDefault(r.id(), List.of()),
                        r.blocks()))
                .toList();
        List<EquipmentCalendar> equipment = catalog.equipment().entrySet().stream()
                .map(e -> new EquipmentCalendar(e.getKey(), e.getValue(), equipmentUses.getOrDefault(e.getKey(), List.of())))
                .toList();
        return Snapshot.of(spa.zone(), therapists, rooms, equipment);
    }

    /**
     * A therapist's working time on the days [from, until): shifts minus breaks and time off, and
     * only while the spa is open (its opening hours and closed dates).
     */
    List<Interval> workingTime(SpaCatalog.TherapistTemplate t, LocalDate from, LocalDate until, List<Interval> away,
                               List<Interval> closed) {
        List<Interval> notWorking = new ArrayList<>(away);
        notWorking.addAll(closed);
        return WorkingTime.between(t.plan(), from, until, spa.zone(), notWorking);
    }

    /** When the spa is closed on the days [from, until): outside its hours, and all of a closed date. */
    List<Interval> closedTimes(SpaCatalog catalog, LocalDate from, LocalDate until) {
        return catalog.settings().openingHours().closedBetween(from, until, spa.zone());
    }

    /**
     * The active therapists' hours on the local days [from, until), as the engine books against
     * them: shifts less breaks and the spa's closed times ({@code scheduled}), and that less time
     * off ({@code available}). One query (time off) beyond the cached catalog.
     */
    List<WorkingHours> workingHours(LocalDate from, LocalDate until) {
        SpaCatalog catalog = catalog();
        Map<Long, List<Interval>> timeOff = timeOff(from.atStartOfDay(spa.zone()).toInstant(),
                until.atStartOfDay(spa.zone()).toInstant());
        List<Interval> closed = closedTimes(catalog, from, until);
        return catalog.therapists().stream().map(t -> new WorkingHours(t.id(), t.name(),
                workingTime(t, from, until, List.of(), closed),
                workingTime(t, from, until, timeOff.getOrDefault(t.id(), List.of()), closed)))
                .toList();
    }

    /** Time off per therapist that touches [start, end): one query. */
    Map<Long, List<Interval>> timeOff(Instant start, Instant end) {
        Map<Long, List<Interval>> timeOff = new HashMap<>();
        em.createQuery("""
                        select t.therapistId, t.startsAt, t.endsAt from TimeOff t
                        where t.startsAt < :end and t.endsAt > :start""", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .forEach(r -> timeOff.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new Interval((Instant) r[1], (Instant) r[2])));
        return timeOff;
    }

    private SpaCatalog loadCatalog(long version) {
        var therapists = staff.activeShiftPlans().entrySet().stream().map(e -> new SpaCatalog.TherapistTemplate(
                e.getKey().getId(), e.getKey().getSkills(), e.getValue(), e.getKey().getDisplayName(),
                e.getKey().getColour() == null ? null : e.getKey().getColour().cssClass(),
                Set.copyOf(e.getKey().getAddOnSkills()))).toList();
        // Room blocks change only by a manager's write, which moves the version: the catalog keeps them.
        Map<Long, List<Interval>> blocks = new HashMap<>();
        roomEditor.blocksEndingAfter(clock.instant().minus(java.time.Duration.ofDays(1))).forEach(b -> blocks
                .computeIfAbsent(b.getRoomId(), k -> new ArrayList<>()).add(new Interval(b.getStartsAt(), b.getEndsAt())));
        var rooms = staff.activeRooms().stream().map(r -> new SpaCatalog.RoomTemplate(r.getId(),
                r.getSuitableTreatments(), r.getName(), blocks.getOrDefault(r.getId(), List.of()))).toList();
        Map<Long, Integer> equipment = staff.allEquipment().stream()
                .collect(Collectors.toMap(EquipmentType::getId, EquipmentType::getQuantity));
        Map<Long, SpaCatalog.Variant> variants = new HashMap<>();
        Map<Long, ScreeningRules.Target> treatmentTargets = new HashMap<>();
        ActiveMenu active = menu.active();
        for (MenuTreatment t : active.treatments()) {
            t.variants().forEach(v -> variants.put(v.id(), new SpaCatalog.Variant(v.id(), t.id(), v.durationMinutes(), v.price())));
            treatmentTargets.put(t.id(), ScreeningPreview.target(t));
        }
        Map<Long, SpaCatalog.AddOnSpec> addOns = new HashMap<>();
        for (MenuAddOn a : active.addOns()) {
            addOns.put(a.id(), new SpaCatalog.AddOnSpec(a.id(), a.extraMinutes(),
                    a.placement() == AddOnPlacement.BEFORE_MASSAGE ? Extra.Placement.BEFORE : Extra.Placement.DURING,
                    a.equipmentTypeId(), a.equipmentUnits(), a.allowedTreatmentIds(), a.price(),
                    a.options().stream().map(MenuAddOn.Option::code).collect(Collectors.toSet()),
                    ScreeningPreview.target(a)));
        }
        int shortest = variants.values().stream().mapToInt(SpaCatalog.Variant::minutes).min().orElse(30);
        Set<Long> kioskTreatments = active.treatments().stream().filter(MenuTreatment::kioskVisible)
                .map(MenuTreatment::id).collect(Collectors.toSet());
        return new SpaCatalog(version, therapists, rooms, equipment, variants, addOns, shortest, treatmentTargets,
                screening.activeRules(), kioskTreatments, active.everyTreatmentName(), settings.current());
    }
}
