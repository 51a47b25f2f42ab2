package com.spakiosk.demo;

import com.spakiosk.base.DemoMode;
import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.PaymentMethod;
import com.spakiosk.booking.ReferenceCode;
import com.spakiosk.booking.Assignment;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.booking.ScreeningConsent;
import com.spakiosk.menu.AddOn;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.Treatment;
import com.spakiosk.menu.TreatmentVariant;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.Therapist;
import com.spakiosk.staff.WeeklyShift;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills the next few days with plausible bookings: inside each therapist's shift and outside
 * breaks, in a suitable free room, with equipment only while a unit is free, and with the
 * turnover after each session. Deterministic, so every fresh demo looks alike.
 * <p>
 * Today looks like a real day at the desk: this morning's guests completed, did not come, are
 * in a session or have just arrived; one booking waits for its screening review; a guest at the
 * kiosk holds a time. Screening flags come from the spa's own rules, as at the kiosk.
 */
@Component
@Profile(DemoMode.PROFILE)
class DemoBookings {

    static final int DAYS = 4;
    static final Duration TURNOVER = Duration.ofMinutes(10);
    private static final Duration GRID = Duration.ofMinutes(15);
    private static final List<String> NAMES = List.of("Emma", "Lukas", "Hannah", "Noah", "Mia", "Elias", "Sofia",
            "Leon", "Olga", "Felix", "Ines", "Paul", "Marta", "Jan", "Alina", "Tom", "Irina", "Ben", "Clara", "Max");

    private record Interval(Instant start, Instant end) {
        boolean overlaps(Instant s, Instant e) {
            return start.isBefore(e) && s.isBefore(end);
        }
    }

    /** The answers some demo guests gave, as question codes; the spa's rules turn them into flags. */
    private static final List<Set<String>> SCREENING_ANSWERS = List.of(
            Set.of("VARICOSE_VEINS"), Set.of("VARICOSE_VEINS"), Set.of("OIL_ALLERGY"), Set.of("BLOOD_THINNERS"));
    private static final String REVIEW_TREATMENT = "ANTI_CELLULITE";
    private static final Set<String> REVIEW_ANSWERS = Set.of("VARICOSE_VEINS");

    private final BookingService bookings;
    private final ScreeningAdvice screening;
    private final AvailabilityService availability;
    private final SpaProperties spa;
    private final Clock clock;

    DemoBookings(BookingService bookings, ScreeningAdvice screening, AvailabilityService availability,
                 SpaProperties spa, Clock clock) {
        this.bookings = bookings;
        this.screening = screening;
        this.availability = availability;
        this.spa = spa;
        this.clock = clock;
    }

    void book(List<Treatment> treatments, Map<String, AddOn> addOns, List<Room> rooms, List<Therapist> therapists,
              Map<Long, Integer> equipmentCounts) {
        var random = new Random(20261121L);
        var state = new State(random, new ReferenceCode(random), equipmentCounts);
        ZoneId zone = spa.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant earliest = clock.instant().plus(Duration.ofMinutes(30));
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = today.plusDays(d);
            for (Therapist therapist : therapists) {
                therapist.getShifts().stream().filter(s -> s.getDayOfWeek() == day.getDayOfWeek()).findFirst()
                        .ifPresent(shift -> fillShift(state, day, zone, earliest, therapist, shift, treatments,
                                addOns, rooms));
            }
        }
        guestAtTheKiosk(treatments.getFirst(), earliest.plus(Duration.ofMinutes(30)));
    }

    /** A guest at the kiosk holds the first free time from {@code from} on; the hold runs out as any other. */
    private void guestAtTheKiosk(Treatment treatment, Instant from) {
        TreatmentVariant variant = treatment.getVariants().getFirst();
        availability.findSlots(new SlotSearch(treatment.getId(), variant.getId(), List.of(), from,
                        from.plus(Duration.ofDays(DAYS)), null, 1)).stream().findFirst()
                .ifPresent(slot -> bookings.hold(new HoldRequest(treatment.getId(), variant.getId(), List.of(),
                        slot.start(), slot.therapistId(), slot.roomId(), "demo-kiosk-guest", BookingChannel.KIOSK,
                        Set.of())));
    }

    private void fillShift(State state, LocalDate day, ZoneId zone, Instant earliest, Therapist therapist,
                           WeeklyShift shift, List<Treatment> treatments, Map<String, AddOn> addOns, List<Room> rooms) {
        List<Treatment> skills = treatments.stream().filter(t -> therapist.isQualifiedFor(t.getId())).toList();
        Instant cursor = day.atTime(shift.getStartsAt()).atZone(zone).toInstant();
        Instant shiftEnd = day.atTime(shift.getEndsAt()).atZone(zone).toInstant();
        while (cursor.isBefore(shiftEnd)) {
            // About a third of each coming shift booked: a lively calendar that still shows guests
            // many free times; this morning, already over, a little fuller.
            boolean past = cursor.isBefore(earliest);
            // Whoever works now is in a session: the morning shows one going on.
            boolean now = past && !cursor.isAfter(clock.instant())
                    && cursor.plus(GRID.multipliedBy(2)).isAfter(clock.instant());
            if (!now && state.random.nextDouble() < (past ? 0.5 : 0.7)) {
                cursor = cursor.plus(GRID.multipliedBy(2));
                continue;
            }
            boolean review = !past && !state.reviewPlaced && skills.stream()
                    .anyMatch(t -> t.getCode().equals(REVIEW_TREATMENT));
            Treatment treatment = review
                    ? skills.stream().filter(t -> t.getCode().equals(REVIEW_TREATMENT)).findFirst().orElseThrow()
                    : skills.get(state.random.nextInt(skills.size()));
            TreatmentVariant variant = treatment.getVariants().get(state.random.nextInt(treatment.getVariants().size()));
            List<AddOn> chosen = review ? List.of() : pickAddOns(state.random, treatment, addOns);
            int minutes = variant.getDurationMinutes() + chosen.stream().mapToInt(AddOn::getExtraMinutes).sum();
            Instant end = cursor.plus(Duration.ofMinutes(minutes));
            Instant blocked = end.plus(TURNOVER);
            Optional<Instant> breakEnd = clashingBreakEnd(shift, day, zone, cursor, end);
            if (end.isAfter(shiftEnd)) {
                return;
            }
            if (breakEnd.isPresent()) {
                cursor = breakEnd.get();
                continue;
            }
            Optional<Room> room = freeRoom(state, rooms, treatment, cursor, blocked);
            Map<Long, Interval> equipment = equipmentUse(chosen, cursor, end);
            if (room.isEmpty() || !equipmentFree(state, equipment)) {
                cursor = cursor.plus(GRID);
                continue;
            }
            Set<String> answers = review ? REVIEW_ANSWERS : past ? Set.of() : answers(state.random);
            Booking booking = record(state, treatment, variant, chosen, therapist, room.get(), cursor, end, blocked,
                    equipment, answers);
            state.reviewPlaced |= booking.isScreeningReviewOpen();
            cursor = roundUp(blocked, day, zone);
        }
    }

    private Booking record(State state, Treatment treatment, TreatmentVariant variant, List<AddOn> chosen,
                           Therapist therapist, Room room, Instant start, Instant end, Instant blocked,
                           Map<Long, Interval> equipment, Set<String> answers) {
        Money price = chosen.stream().map(AddOn::getPrice).reduce(variant.getPrice(), Money::plus);
        var slot = new Assignment(treatment.getId(), variant.getId(), therapist.getId(), room.getId(), start, end, blocked);
        var channel = BookingChannel.values()[state.random.nextInt(BookingChannel.values().length)];
        Booking booking = Booking.confirmed(slot, guest(state.random), price, channel, state.uniqueCode(),
                clock.instant(), DemoSpaLoader.ACTOR);
        for (AddOn addOn : chosen) {
            String option = addOn.getOptions().isEmpty() ? null
                    : addOn.getOptions().get(state.random.nextInt(addOn.getOptions().size())).getCode();
            booking.addAddOn(addOn.getId(), option, addOn.getPrice(), addOn.getExtraMinutes());
        }
        equipment.forEach((type, use) -> booking.useEquipment(type, use.start(), use.end()));
        pastStatus(state, booking, start, end);
        Set<String> safe = screening.advise(treatment.getId(), chosen.stream().map(AddOn::getId).toList(), answers)
                .anyBlocked() ? Set.of() : answers;
        bookings.importConfirmed(booking, new ScreeningConsent(safe, clock.instant()));
        state.roomBusy.computeIfAbsent(room.getId(), k -> new ArrayList<>()).add(new Interval(start, blocked));
        equipment.forEach((type, use) -> state.equipmentBusy.computeIfAbsent(type, k -> new ArrayList<>()).add(use));
        return booking;
    }

    /**
     * This morning's sessions, by the clock: over (completed, or the guest did not come), going
     * on now, or about to start with the guest already arrived.
     */
    private void pastStatus(State state, Booking booking, Instant start, Instant end) {
        Instant now = clock.instant();
        if (!start.isBefore(now.plus(Duration.ofMinutes(30)))) {
            return;
        }
        Instant arrived = start.minus(Duration.ofMinutes(10));
        if (end.isAfter(now) && !start.isAfter(now)) {
            booking.importStatus(BookingStatus.CHECKED_IN, arrived, DemoSpaLoader.ACTOR);
            booking.importStatus(BookingStatus.IN_PROGRESS, start, DemoSpaLoader.ACTOR);
        } else if (start.isAfter(now)) {
            booking.importStatus(BookingStatus.CHECKED_IN, arrived.isAfter(now) ? now : arrived, DemoSpaLoader.ACTOR);
        } else if (state.finished++ % 6 == 1) {
            booking.importStatus(BookingStatus.NO_SHOW, start.plus(Duration.ofMinutes(15)), DemoSpaLoader.ACTOR);
        } else {
            booking.importStatus(BookingStatus.CHECKED_IN, arrived, DemoSpaLoader.ACTOR);
            booking.importStatus(BookingStatus.IN_PROGRESS, start, DemoSpaLoader.ACTOR);
            booking.importStatus(BookingStatus.COMPLETED, end, DemoSpaLoader.ACTOR);
            // Paid as guests pay: mostly by card, some cash, now and then a voucher.
            booking.importPayment(state.finished % 5 == 0 ? PaymentMethod.VOUCHER
                    : state.finished % 3 == 0 ? PaymentMethod.CASH : PaymentMethod.CARD, end);
        }
    }

    private static Set<String> answers(Random random) {
        double roll = random.nextDouble();
        return roll < 0.2 ? SCREENING_ANSWERS.get(random.nextInt(SCREENING_ANSWERS.size())) : Set.of();
    }

    private static List<AddOn> pickAddOns(Random random, Treatment treatment, Map<String, AddOn> addOns) {
        List<AddOn> chosen = new ArrayList<>();
        Map<String, Double> odds = Map.of("AROMATHERAPY", 0.35, "HOT_STONES", 0.2, "HERBAL_COMPRESS", 0.1,
                "FOOT_SOAK", 0.2);
        for (AddOn addOn : addOns.values()) {
            if (addOn.isAllowedWith(treatment) && random.nextDouble() < odds.getOrDefault(addOn.getCode(), 0.0)) {
                chosen.add(addOn);
            }
        }
        return chosen;
    }

    /** A soak uses its foot bath before the massage; stones and compresses during it. */
    private static Map<Long, Interval> equipmentUse(List<AddOn> chosen, Instant start, Instant end) {
        Duration before = Duration.ofMinutes(chosen.stream()
                .filter(a -> a.getPlacement() == AddOnPlacement.BEFORE_MASSAGE).mapToInt(AddOn::getExtraMinutes).sum());
        Map<Long, Interval> uses = new HashMap<>();
        for (AddOn addOn : chosen) {
            if (addOn.getEquipmentTypeId() == null) {
                continue;
            }
            Interval use = addOn.getPlacement() == AddOnPlacement.BEFORE_MASSAGE
                    ? new Interval(start, start.plus(before))
                    : new Interval(start.plus(before), end);
            uses.put(addOn.getEquipmentTypeId(), use);
        }
        return uses;
    }

    private static boolean equipmentFree(State state, Map<Long, Interval> uses) {
        return uses.entrySet().stream().allMatch(e -> state.equipmentBusy.getOrDefault(e.getKey(), List.of()).stream()
                .filter(i -> i.overlaps(e.getValue().start(), e.getValue().end())).count()
                < state.equipmentCounts.getOrDefault(e.getKey(), 0));
    }

    private static Optional<Room> freeRoom(State state, List<Room> rooms, Treatment treatment, Instant start,
                                           Instant blocked) {
        return rooms.stream()
                .filter(r -> r.suits(treatment.getId()))
                .filter(r -> state.roomBusy.getOrDefault(r.getId(), List.of()).stream()
                        .noneMatch(i -> i.overlaps(start, blocked)))
                .findFirst();
    }

    private static Optional<Instant> clashingBreakEnd(WeeklyShift shift, LocalDate day, ZoneId zone, Instant start,
                                                      Instant end) {
        return shift.getBreaks().stream()
                .map(b -> new Interval(day.atTime(b.getStartsAt()).atZone(zone).toInstant(),
                        day.atTime(b.getEndsAt()).atZone(zone).toInstant()))
                .filter(b -> b.overlaps(start, end))
                .map(Interval::end)
                .findFirst();
    }

    private static Instant roundUp(Instant instant, LocalDate day, ZoneId zone) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        int minutes = local.getHour() * 60 + local.getMinute();
        int rounded = (minutes + 14) / 15 * 15;
        return rounded >= 24 * 60 ? instant : day.atStartOfDay(zone).plusMinutes(rounded).toInstant();
    }

    private Guest guest(Random random) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        if (random.nextBoolean()) {
            return new Guest(name, null, name.toLowerCase() + random.nextInt(100) + "@example.com");
        }
        return new Guest(name, String.format("+49151%08d", random.nextInt(100_000_000)), null);
    }

    private final class State {
        final Random random;
        final ReferenceCode codes;
        final Map<Long, Integer> equipmentCounts;
        final Map<Long, List<Interval>> roomBusy = new HashMap<>();
        final Map<Long, List<Interval>> equipmentBusy = new HashMap<>();
        final Set<String> usedCodes = new HashSet<>();
        boolean reviewPlaced;
        /** Sessions of this morning that are over: every sixth guest, starting with the second, did not come. */
        int finished;

        State(Random random, ReferenceCode codes, Map<Long, Integer> equipmentCounts) {
            this.random = random;
            this.codes = codes;
            this.equipmentCounts = equipmentCounts;
        }

        String uniqueCode() {
            String code;
            do {
                code = codes.next();
            } while (!usedCodes.add(code) || bookings.isReferenceCodeTaken(code));
            return code;
        }
    }
}
