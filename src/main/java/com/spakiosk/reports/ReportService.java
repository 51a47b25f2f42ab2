package com.spakiosk.reports;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.PaymentMethod;
import com.spakiosk.booking.WorkingHours;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.Intervals;
import com.spakiosk.security.Roles;
import com.spakiosk.settings.SpaSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's reports for a period, compared with the period before: utilisation, revenue,
 * no-shows and cancellations, add-ons, demand, rebooking and the demand screening turned away.
 * About a dozen aggregate queries a period, whatever the number of bookings (docs/benchmarks.md).
 */
@Service
@RolesAllowed(Roles.MANAGER)
public class ReportService {

    private final ReportQueries queries;
    private final AvailabilityService availability;
    private final SpaProperties spa;
    private final SpaSettingsService settings;
    private final Clock clock;

    ReportService(ReportQueries queries, AvailabilityService availability, SpaProperties spa,
                  SpaSettingsService settings, Clock clock) {
        this.queries = queries;
        this.availability = availability;
        this.spa = spa;
        this.settings = settings;
        this.clock = clock;
    }

    /** The last 30 days, today included, in the spa's zone. */
    public ReportPeriod defaultPeriod() {
        return ReportPeriod.lastDays(LocalDate.now(clock.withZone(spa.zone())), ReportPeriod.DEFAULT_DAYS);
    }

    /** Every report of {@code period}, with its headline figures against the period just before. */
    @Transactional(readOnly = true)
    public Reports reports(ReportPeriod period) {
        Names names = names();
        Detail now = detail(period, names, true);
        Detail before = detail(period.previous(), names, false);
        List<Kpi> kpis = List.of(
                new Kpi(Kpi.Name.BOOKINGS, Kpi.Unit.COUNT, now.outcomes.bookings(), before.outcomes.bookings()),
                new Kpi(Kpi.Name.REVENUE, Kpi.Unit.MONEY, now.revenue.amount().doubleValue(),
                        before.revenue.amount().doubleValue()),
                new Kpi(Kpi.Name.AVERAGE_TICKET, Kpi.Unit.MONEY, now.revenue.averageTicket().doubleValue(),
                        before.revenue.averageTicket().doubleValue()),
                percent(Kpi.Name.UTILISATION, now.utilisation, before.utilisation),
                percent(Kpi.Name.NO_SHOW_RATE, now.outcomes.noShowRate(), before.outcomes.noShowRate()),
                percent(Kpi.Name.CANCELLATION_RATE, now.outcomes.cancellationRate(),
                        before.outcomes.cancellationRate()),
                percent(Kpi.Name.ADD_ON_ATTACH_RATE, now.attach, before.attach),
                percent(Kpi.Name.REBOOKING_RATE, now.rebooking.rate(), before.rebooking.rate()),
                new Kpi(Kpi.Name.SCREENED_OUT, Kpi.Unit.COUNT, now.screenedOut, before.screenedOut));
        return new Reports(period, period.previous(), spa.currency().getCurrencyCode(), kpis,
                now.therapists, now.rooms, now.byTreatment, now.byCategory, now.byTherapist, now.byChannel,
                now.byMethod, now.outcomesByTreatment, now.outcomesByTherapist, now.outcomesByChannel,
                now.attachByAddOn, now.attachByTreatment, now.demand, now.rebooking, now.refusals,
                now.missingConsent);
    }

    private static Kpi percent(Kpi.Name name, Ratio now, Ratio before) {
        return new Kpi(name, Kpi.Unit.PERCENT, now.percent(), before.percent());
    }

    // ---------------------------------------------------------------- one period

    private record Cell(long treatmentId, long therapistId, String channel, Outcomes counts) {
    }

    private record PaidCell(long treatmentId, long therapistId, String channel, String method, long sessions,
                            BigDecimal amount) {
    }

    private record Detail(List<Utilisation> therapists, List<Utilisation> rooms, Ratio utilisation,
                          List<Revenue> byTreatment, List<Revenue> byCategory, List<Revenue> byTherapist,
                          List<Revenue> byChannel, List<Revenue> byMethod, Revenue revenue,
                          List<Outcomes> outcomesByTreatment, List<Outcomes> outcomesByTherapist,
                          List<Outcomes> outcomesByChannel, Outcomes outcomes,
                          List<AttachRate> attachByAddOn, List<AttachRate> attachByTreatment, Ratio attach,
                          Demand demand, Rebooking rebooking, List<Refusal> refusals, Map<String, Long> missingConsent,
                          long screenedOut) {
    }

    private Detail detail(ReportPeriod period, Names names, boolean full) {
        ZoneId zone = spa.zone();
        // Today's cut-off, also for the past: the settings keep no history of their own.
        long lateCutoffMinutes = settings.current().guestCancelCutoff().toMinutes();
        Instant start = period.start(zone);
        Instant end = period.end(zone);

        List<Utilisation> therapists = therapistUtilisation(period, names, start, end);
        List<Utilisation> rooms = full ? roomUtilisation(period, names, start, end) : List.of();
        Ratio utilisation = new Ratio(therapists.stream().mapToLong(Utilisation::bookedMinutes).sum(),
                therapists.stream().mapToLong(Utilisation::availableMinutes).sum());

        List<PaidCell> paid = queries.paid(start, end).stream().map(r -> new PaidCell((Long) r[0], (Long) r[1],
                r[2].toString(), r[3].toString(), (Long) r[4], ReportQueries.amount(r[5]))).toList();
        List<Revenue> byTreatment = Rollup.revenue(paid, c -> names.treatment(c.treatmentId()), PaidCell::sessions,
                PaidCell::amount);
        Revenue revenue = Rollup.totalRevenue(byTreatment);

        List<Cell> cells = new ArrayList<>();
        Map<Long, Long> bookedByTreatment = new HashMap<>();
        for (Object[] r : queries.outcomes(start, end)) {
            BookingStatus status = (BookingStatus) r[3];
            long n = (Long) r[4];
            cells.add(new Cell((Long) r[0], (Long) r[1], r[2].toString(), new Outcomes("", "", n,
                    status == BookingStatus.NO_SHOW ? n : 0, status == BookingStatus.CANCELLED ? n : 0, 0)));
            if (ReportQueries.BOOKED.contains(status)) {
                bookedByTreatment.merge((Long) r[0], n, Long::sum);
            }
        }
        for (Object[] r : queries.lateCancellations(start, end, lateCutoffMinutes)) {
            cells.add(new Cell((Long) r[0], (Long) r[1], r[2].toString(), new Outcomes("", "", 0, 0, 0, (Long) r[3])));
        }
        List<Outcomes> outcomesByTreatment = Rollup.outcomes(cells, c -> names.treatment(c.treatmentId()),
                Cell::counts);
        Outcomes outcomes = Rollup.total(outcomesByTreatment);

        long booked = bookedByTreatment.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, Long> withAny = new HashMap<>();
        queries.withAnyAddOn(start, end).forEach(r -> withAny.put((Long) r[0], (Long) r[1]));
        Ratio attach = new Ratio(withAny.values().stream().mapToLong(Long::longValue).sum(), booked);

        long[] rebooked = queries.rebooking(start, end);
        Rebooking rebooking = new Rebooking(rebooked[0], rebooked[1]);

        List<Refusal> refusals = new ArrayList<>();
        Map<String, Long> missingConsent = new TreeMap<>();
        for (Object[] r : queries.refusals(period.from(), period.to())) {
            long n = ((Number) r[5]).longValue();
            if ("NO_CONSENT".equals(r[0])) {
                missingConsent.merge((String) r[4], n, Long::sum);
            } else {
                String question = (String) r[1];
                String targetKind = (String) r[2];
                String target = (String) r[3];
                refusals.add(new Refusal(question, names.questions.getOrDefault(question, question), targetKind, target,
                        names.target(targetKind, target), (String) r[4], n));
            }
        }
        refusals.sort(Comparator.comparingLong(Refusal::refusals).reversed().thenComparing(Refusal::question)
                .thenComparing(Refusal::target).thenComparing(Refusal::channel));
        long screenedOut = refusals.stream().mapToLong(Refusal::refusals).sum()
                + missingConsent.values().stream().mapToLong(Long::longValue).sum();

        if (!full) {
            return new Detail(therapists, rooms, utilisation, byTreatment, List.of(), List.of(), List.of(), List.of(),
                    revenue, outcomesByTreatment, List.of(), List.of(), outcomes, List.of(), List.of(), attach,
                    null, rebooking, refusals, missingConsent, screenedOut);
        }
        List<Revenue> byCategory = Rollup.revenue(paid, c -> names.category(c.treatmentId()), PaidCell::sessions,
                PaidCell::amount);
        List<Revenue> byTherapist = Rollup.revenue(paid, c -> names.therapist(c.therapistId()), PaidCell::sessions,
                PaidCell::amount);
        List<Revenue> byChannel = Rollup.revenue(paid, c -> new Rollup.Key(c.channel(), c.channel()),
                PaidCell::sessions, PaidCell::amount);
        List<Revenue> byMethod = everyMethod(Rollup.revenue(paid, c -> new Rollup.Key(c.method(), c.method()),
                PaidCell::sessions, PaidCell::amount));
        List<Outcomes> outcomesByTherapist = Rollup.outcomes(cells, c -> names.therapist(c.therapistId()),
                Cell::counts);
        List<Outcomes> outcomesByChannel = Rollup.outcomes(cells, c -> new Rollup.Key(c.channel(), c.channel()),
                Cell::counts);

        Map<Long, Long> byAddOn = new HashMap<>();
        queries.addOns(start, end).forEach(r -> byAddOn.merge((Long) r[0], (Long) r[2], Long::sum));
        List<AttachRate> attachByAddOn = names.addOns.entrySet().stream()
                .filter(e -> names.activeAddOns.contains(e.getKey()) || byAddOn.containsKey(e.getKey()))
                .map(e -> new AttachRate(e.getValue().code(), e.getValue().name(), booked,
                        byAddOn.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(AttachRate::withAddOn).reversed().thenComparing(AttachRate::name))
                .toList();
        List<AttachRate> attachByTreatment = bookedByTreatment.entrySet().stream()
                .map(e -> new AttachRate(names.treatment(e.getKey()).code(), names.treatment(e.getKey()).name(),
                        e.getValue(), withAny.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(AttachRate::bookings).reversed().thenComparing(AttachRate::name))
                .toList();

        Demand demand = new Demand(zone);
        queries.starts(start, end).forEach(r -> demand.add((Instant) r[0], (Instant) r[1]));

        return new Detail(therapists, rooms, utilisation, byTreatment, byCategory, byTherapist, byChannel, byMethod,
                revenue, outcomesByTreatment, outcomesByTherapist, outcomesByChannel, outcomes, attachByAddOn,
                attachByTreatment, attach, demand, rebooking, refusals, missingConsent, screenedOut);
    }

    /** Every payment method, a zero row for one nobody used: the till's view. */
    private static List<Revenue> everyMethod(List<Revenue> used) {
        List<Revenue> all = new ArrayList<>(used);
        for (PaymentMethod method : PaymentMethod.values()) {
            if (used.stream().noneMatch(r -> r.code().equals(method.name()))) {
                all.add(new Revenue(method.name(), method.name(), 0, BigDecimal.ZERO));
            }
        }
        return all;
    }

    private List<Utilisation> therapistUtilisation(ReportPeriod period, Names names, Instant start, Instant end) {
        Map<Long, Long> booked = minutes(queries.bookedMinutes("therapist", start, end));
        Map<Long, Utilisation> rows = new LinkedHashMap<>();
        for (WorkingHours hours : availability.workingHours(period.from(), period.to().plusDays(1))) {
            long available = hours.availableMinutes();
            rows.put(hours.therapistId(), new Utilisation(names.therapist(hours.therapistId()).name(),
                    booked.getOrDefault(hours.therapistId(), 0L), available, hours.scheduledMinutes() - available));
        }
        booked.forEach((id, minutes) -> rows.computeIfAbsent(id,
                k -> new Utilisation(names.therapist(id).name(), minutes, 0, 0)));
        return rows.values().stream().sorted(Comparator.comparing(Utilisation::name)).toList();
    }

    /**
     * A room is open while any therapist's shift runs (rooms have no shifts of their own), so its
     * available minutes are the union of the shift plans less breaks.
     */
    private List<Utilisation> roomUtilisation(ReportPeriod period, Names names, Instant start, Instant end) {
        Map<Long, Long> booked = minutes(queries.bookedMinutes("room", start, end));
        List<Interval> open = new ArrayList<>();
        availability.workingHours(period.from(), period.to().plusDays(1)).forEach(h -> open.addAll(h.scheduled()));
        long openMinutes = Intervals.merge(open).stream().mapToLong(i -> i.length().toMinutes()).sum();
        return names.rooms.entrySet().stream()
                .filter(e -> names.activeRooms.contains(e.getKey()) || booked.containsKey(e.getKey()))
                .map(e -> new Utilisation(e.getValue().name(), booked.getOrDefault(e.getKey(), 0L),
                        names.activeRooms.contains(e.getKey()) ? openMinutes : 0, 0))
                .sorted(Comparator.comparing(Utilisation::name)).toList();
    }

    private static Map<Long, Long> minutes(List<Object[]> rows) {
        Map<Long, Long> minutes = new HashMap<>();
        rows.forEach(r -> minutes.put((Long) r[0], r[1] == null ? 0 : ((Number) r[1]).longValue()));
        return minutes;
    }

    // ---------------------------------------------------------------- names

    private record Names(Map<Long, Rollup.Key> treatments, Map<Long, String> categories,
                         Map<Long, Rollup.Key> therapists, Map<Long, Rollup.Key> rooms, Set<Long> activeRooms,
                         Map<Long, Rollup.Key> addOns, Set<Long> activeAddOns, Map<String, String> questions,
                         Map<String, String> targets) {

        Rollup.Key treatment(long id) {
            return treatments.getOrDefault(id, new Rollup.Key("#" + id, "#" + id));
        }

        Rollup.Key category(long treatmentId) {
            String category = categories.getOrDefault(treatmentId, "");
            return new Rollup.Key(category, category);
        }

        Rollup.Key therapist(long id) {
            return therapists.getOrDefault(id, new Rollup.Key("#" + id, "#" + id));
        }

        String target(String kind, String code) {
            return targets.getOrDefault(kind + ":" + code, code);
        }
    }

    private Names names() {
        Map<Long, Rollup.Key> treatments = new HashMap<>();
        Map<Long, String> categories = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        for (Object[] r : queries.treatments()) {
            treatments.put((Long) r[0], new Rollup.Key((String) r[1], (String) r[2]));
            categories.put((Long) r[0], r[3].toString());
            targets.put("TREATMENT:" + r[1], (String) r[2]);
        }
        Map<Long, Rollup.Key> addOns = new HashMap<>();
        Set<Long> activeAddOns = new HashSet<>();
        for (Object[] r : queries.addOnNames()) {
            addOns.put((Long) r[0], new Rollup.Key((String) r[1], (String) r[2]));
            targets.put("ADD_ON:" + r[1], (String) r[2]);
            if (Boolean.TRUE.equals(r[3])) {
                activeAddOns.add((Long) r[0]);
            }
        }
        Map<Long, Rollup.Key> therapists = new HashMap<>();
        queries.therapists().forEach(r -> therapists.put((Long) r[0], new Rollup.Key((String) r[1], (String) r[2])));
        Map<Long, Rollup.Key> rooms = new HashMap<>();
        Set<Long> activeRooms = new HashSet<>();
        for (Object[] r : queries.rooms()) {
            rooms.put((Long) r[0], new Rollup.Key((String) r[1], (String) r[2]));
            if (Boolean.TRUE.equals(r[3])) {
                activeRooms.add((Long) r[0]);
            }
        }
        Map<String, String> questions = new HashMap<>();
        queries.questions().forEach(r -> questions.put((String) r[0], (String) r[1]));
        return new Names(treatments, categories, therapists, rooms, activeRooms, addOns, activeAddOns, questions,
                targets);
    }
}
