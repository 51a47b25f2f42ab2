package com.spakiosk.demo;

import com.spakiosk.base.DemoMode;
import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.Assignment;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.PaymentMethod;
import com.spakiosk.booking.ReferenceCode;
import com.spakiosk.booking.ScreeningRefusals;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.ShiftTemplate;
import com.spakiosk.staff.StaffService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo spa's last {@value #DAYS} days, so that the manager's reports show something real:
 * sessions completed and paid (card, cash, voucher), guests who did not come, cancellations (some
 * late), add-ons, kiosk, desk and phone bookings made from minutes to two weeks ahead, regular
 * guests who come back, and the screening refusals the kiosk and desk counted. Its own seeded
 * random, days before today only: today's desk picture ({@link DemoBookings}) stays as it is.
 * <p>
 * Recorded after the demo spa is committed, one transaction a day: in one transaction with the
 * rest, every query would first flush (and dirty-check) the thousand bookings before it, and the
 * demo would take twenty seconds to start instead of one or two.
 */
@Component
@Profile(DemoMode.PROFILE)
class DemoHistory {

    static final int DAYS = 60;
    private static final Duration GRID = Duration.ofMinutes(15);
    private static final List<String> NAMES = List.of("Anja", "Bernd", "Carla", "Dirk", "Eva", "Frank", "Gina",
            "Heike", "Igor", "Julia", "Karin", "Lars", "Maren", "Nina", "Oskar", "Petra", "Rita", "Sven", "Tanja",
            "Uwe", "Vera", "Wanda", "Yusuf", "Zoe");
    /** Regular guests come back: the reports' rebooking rate needs people, not one-off names. */
    private static final int GUESTS = 90;
    /** How many regulars have already booked their next visit. */
    private static final int REBOOKED = 30;
    /** Which answers turned which choice away, as the spa's rules say (question, kind, code). */
    private static final List<ScreeningRefusals.Refusal> REFUSALS = List.of(
            treatment("THROMBOSIS", "LYMPHATIC"), treatment("THROMBOSIS", "RELAXING_LEGS"),
            treatment("LEG_SWELLING", "LYMPHATIC"), treatment("ACUTE_INFECTION", "RELAXING_FOOT"),
            treatment("RECENT_INJURY", "THERAPEUTIC"), treatment("BLOOD_THINNERS", "THERAPEUTIC"),
            treatment("BLOOD_THINNERS", "ANTI_CELLULITE"), treatment("PREGNANCY", "ANTI_CELLULITE"),
            addOn("PREGNANCY", "AROMATHERAPY"), addOn("PREGNANCY", "HOT_STONES"), addOn("LEG_SKIN", "FOOT_SOAK"),
            addOn("OIL_ALLERGY", "AROMATHERAPY"), addOn("HEAT_SENSITIVITY", "HOT_STONES"));

    /** What the history needs of the spa, read once: plain values, no entities across transactions. */
    private record Spa(List<MenuTreatment> treatments, List<MenuAddOn> addOns, Map<Long, Set<Long>> rooms,
                       List<TherapistPlan> therapists) {
    }

    private record TherapistPlan(long id, Set<Long> skills, List<ShiftTemplate> shifts) {
    }

    private final BookingService bookings;
    private final AvailabilityService availability;
    private final ScreeningRefusals refusals;
    private final MenuService menu;
    private final StaffService staff;
    private final TransactionTemplate tx;
    private final SpaProperties spa;
    private final Clock clock;

    DemoHistory(BookingService bookings, AvailabilityService availability, ScreeningRefusals refusals,
                MenuService menu, StaffService staff, TransactionTemplate tx, SpaProperties spa, Clock clock) {
        this.bookings = bookings;
        this.availability = availability;
        this.refusals = refusals;
        this.menu = menu;
        this.staff = staff;
        this.tx = tx;
        this.spa = spa;
        this.clock = clock;
    }

    /** Records the last {@value #DAYS} days of the committed demo spa, one transaction a day. */
    void record() {
        Spa spaNow = tx.execute(s -> read());
        var random = new Random(20260922L);
        var codes = new ReferenceCode(random);
        ZoneId zone = spa.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (LocalDate d = today.minusDays(DAYS); d.isBefore(today); d = d.plusDays(1)) {
            LocalDate day = d;
            tx.executeWithoutResult(s -> {
                Map<Long, List<Instant[]>> roomBusy = new HashMap<>();
                for (TherapistPlan therapist : spaNow.therapists()) {
                    for (ShiftTemplate shift : therapist.shifts()) {
                        if (shift.day() == day.getDayOfWeek()) {
                            fillShift(random, codes, day, zone, therapist, shift, spaNow, roomBusy);
                        }
                    }
                }
                countRefusals(random, day);
            });
        }
        tx.executeWithoutResult(s -> comingBack(random, spaNow, today));
    }

    /**
     * Some regular guests have booked their next visit, five days or more ahead (after the days
     * {@link DemoBookings} fills), through the engine like any booking: the rebooking rate is real.
     */
    private void comingBack(Random random, Spa spaNow, LocalDate today) {
        for (int i = 0; i < REBOOKED; i++) {
            MenuTreatment treatment = spaNow.treatments().get(random.nextInt(spaNow.treatments().size()));
            MenuTreatment.MenuVariant variant = treatment.variants().getFirst();
            Instant from = today.plusDays(5 + random.nextInt(14)).atTime(9, 0).atZone(spa.zone()).toInstant();
            Guest guest = regular(random.nextInt(GUESTS));
            String owner = "demo-regular-" + i;
            availability.findSlots(new SlotSearch(treatment.id(), variant.id(), List.of(), from,
                    from.plus(Duration.ofDays(2)), null, 1)).stream().findFirst().ifPresent(slot -> {
                        if (bookings.hold(new HoldRequest(treatment.id(), variant.id(), List.of(), slot.start(),
                                slot.therapistId(), slot.roomId(), owner, BookingChannel.DESK, Set.of()))
                                instanceof HoldOutcome.Held held) {
                            bookings.confirm(held.bookingId(), owner, guest, null);
                        }
                    });
        }
    }

    private Spa read() {
        Map<Long, Set<Long>> rooms = new LinkedHashMap<>();
        staff.activeRooms().forEach(r -> rooms.put(r.getId(), Set.copyOf(r.getSuitableTreatments())));
        List<TherapistPlan> therapists = staff.activeTherapists().stream()
                .sorted(Comparator.comparing(t -> t.getId()))
                // distinct: the therapists come with skills and shifts in one join, which repeats each shift
                .map(t -> new TherapistPlan(t.getId(), Set.copyOf(t.getSkills()), t.getShifts().stream()
                        .map(s -> new ShiftTemplate(s.getDayOfWeek(), s.getStartsAt(), s.getEndsAt(), s.getBreaks()
                                .stream().map(b -> new ShiftTemplate.LocalBreak(b.getStartsAt(), b.getEndsAt()))
                                .distinct().toList())).distinct().toList()))
                .toList();
        return new Spa(menu.activeMenu(), menu.activeAddOns(), rooms, therapists);
    }

    private void fillShift(Random random, ReferenceCode codes, LocalDate day, ZoneId zone, TherapistPlan therapist,
                           ShiftTemplate shift, Spa spaNow, Map<Long, List<Instant[]>> roomBusy) {
        List<MenuTreatment> skills = spaNow.treatments().stream().filter(t -> therapist.skills().contains(t.id()))
                .toList();
        Instant cursor = day.atTime(shift.start()).atZone(zone).toInstant();
        Instant shiftEnd = day.atTime(shift.end()).atZone(zone).toInstant();
        // Busier at the weekend and in the evening, as spas are.
        double busy = switch (day.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> 0.7;
            case FRIDAY -> 0.6;
            default -> 0.45;
        };
        while (cursor.isBefore(shiftEnd)) {
            int hour = cursor.atZone(zone).getHour();
            if (random.nextDouble() > busy + (hour >= 16 ? 0.15 : 0)) {
                cursor = cursor.plus(GRID.multipliedBy(2));
                continue;
            }
            MenuTreatment treatment = skills.get(random.nextInt(skills.size()));
            MenuTreatment.MenuVariant variant = treatment.variants().get(random.nextInt(treatment.variants().size()));
            List<MenuAddOn> chosen = spaNow.addOns().stream().filter(a -> a.goesWith(treatment.id()))
                    .filter(a -> random.nextDouble() < 0.18).toList();
            int minutes = variant.durationMinutes() + chosen.stream().mapToInt(MenuAddOn::extraMinutes).sum();
            Instant end = cursor.plus(Duration.ofMinutes(minutes));
            Instant blocked = end.plus(DemoBookings.TURNOVER);
            if (end.isAfter(shiftEnd)) {
                return;
            }
            Instant start = cursor;
            boolean inBreak = shift.breaks().stream().anyMatch(b ->
                    day.atTime(b.start()).atZone(zone).toInstant().isBefore(end)
                            && start.isBefore(day.atTime(b.end()).atZone(zone).toInstant()));
            Long room = spaNow.rooms().entrySet().stream().filter(r -> r.getValue().contains(treatment.id()))
                    .filter(r -> roomBusy.getOrDefault(r.getKey(), List.of()).stream()
                            .noneMatch(i -> i[0].isBefore(blocked) && start.isBefore(i[1])))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (inBreak || room == null) {
                cursor = cursor.plus(GRID);
                continue;
            }
            roomBusy.computeIfAbsent(room, k -> new ArrayList<>()).add(new Instant[] {start, blocked});
            Money price = chosen.stream().map(MenuAddOn::price).reduce(variant.price(), Money::plus);
            var slot = new Assignment(treatment.id(), variant.id(), therapist.id(), room, start, end, blocked);
            double roll = random.nextDouble();
            BookingChannel channel = roll < 0.45 ? BookingChannel.KIOSK : roll < 0.85 ? BookingChannel.DESK
                    : BookingChannel.PHONE;
            Instant made = madeAt(random, start, channel, zone);
            Booking booking = Booking.confirmed(slot, guest(random), price, channel, uniqueCode(codes), made,
                    DemoSpaLoader.ACTOR);
            for (MenuAddOn addOn : chosen) {
                String option = addOn.options().isEmpty() ? null
                        : addOn.options().get(random.nextInt(addOn.options().size())).code();
                booking.addAddOn(addOn.id(), option, addOn.price(), addOn.extraMinutes());
            }
            ending(random, booking, made, start, end);
            bookings.importConfirmed(booking);
            cursor = roundToGrid(blocked, zone);
        }
    }

    /** Walk-ins minutes ahead (mostly at the kiosk), the same day a few hours ahead, otherwise days ahead. */
    private static Instant madeAt(Random random, Instant start, BookingChannel channel, ZoneId zone) {
        double roll = random.nextDouble();
        if (channel == BookingChannel.KIOSK && roll < 0.4 || channel == BookingChannel.DESK && roll < 0.15) {
            return start.minus(Duration.ofMinutes(10 + random.nextInt(20)));
        }
        if (roll < 0.55) {
            Instant earlier = start.minus(Duration.ofMinutes(60 + random.nextInt(240)));
            Instant morning = start.atZone(zone).toLocalDate().atTime(7, 30).atZone(zone).toInstant();
            return earlier.isBefore(morning) ? morning : earlier;
        }
        return start.minus(Duration.ofDays(1 + random.nextInt(14))).plus(Duration.ofMinutes(random.nextInt(600)));
    }

    /** About one in twelve guests did not come, one in ten cancelled (a third of them late); the rest paid. */
    private static void ending(Random random, Booking booking, Instant made, Instant start, Instant end) {
        double roll = random.nextDouble();
        if (roll < 0.08) {
            booking.importStatus(BookingStatus.NO_SHOW, start.plus(Duration.ofMinutes(15)), DemoSpaLoader.ACTOR);
        } else if (roll < 0.18) {
            Instant cancelled = random.nextDouble() < 0.33 ? start.minus(Duration.ofMinutes(30 + random.nextInt(80)))
                    : start.minus(Duration.ofHours(3 + random.nextInt(48)));
            booking.importStatus(BookingStatus.CANCELLED, cancelled.isAfter(made) ? cancelled : made.plusSeconds(60),
                    DemoSpaLoader.ACTOR);
        } else {
            booking.importStatus(BookingStatus.CHECKED_IN, start.minus(Duration.ofMinutes(5)), DemoSpaLoader.ACTOR);
            booking.importStatus(BookingStatus.IN_PROGRESS, start, DemoSpaLoader.ACTOR);
            booking.importStatus(BookingStatus.COMPLETED, end, DemoSpaLoader.ACTOR);
            double pay = random.nextDouble();
            booking.importPayment(pay < 0.6 ? PaymentMethod.CARD : pay < 0.85 ? PaymentMethod.CASH
                    : PaymentMethod.VOUCHER, end);
        }
    }

    /** A few guests a day are turned away by the screening; now and then one leaves without consenting. */
    private void countRefusals(Random random, LocalDate day) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            var refusal = REFUSALS.get(random.nextInt(REFUSALS.size()));
            refusals.importCount(day, random.nextDouble() < 0.7 ? BookingChannel.KIOSK : BookingChannel.DESK, refusal,
                    1);
        }
        if (random.nextDouble() < 0.25) {
            refusals.importMissingConsent(day, BookingChannel.KIOSK, 1);
        }
    }

    private static Guest guest(Random random) {
        return regular(random.nextInt(GUESTS));
    }

    private static Guest regular(int n) {
        String name = NAMES.get(n % NAMES.size());
        return n % 3 == 0 ? new Guest(name, null, name.toLowerCase() + ".regular" + n + "@example.com")
                : new Guest(name, String.format("+49160%07d", 4_000_000 + n * 7919), null);
    }

    private String uniqueCode(ReferenceCode codes) {
        String code;
        do {
            code = codes.next();
        } while (bookings.isReferenceCodeTaken(code));
        return code;
    }

    private static Instant roundToGrid(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        int minutes = local.getMinute() % 15 == 0 ? 0 : 15 - local.getMinute() % 15;
        return local.plusMinutes(minutes).withSecond(0).withNano(0).toInstant();
    }

    private static ScreeningRefusals.Refusal treatment(String question, String code) {
        return new ScreeningRefusals.Refusal(question, ScreeningRefusals.TargetKind.TREATMENT, code);
    }

    private static ScreeningRefusals.Refusal addOn(String question, String code) {
        return new ScreeningRefusals.Refusal(question, ScreeningRefusals.TargetKind.ADD_ON, code);
    }
}
