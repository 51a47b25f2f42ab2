package com.spakiosk.demo;

import com.spakiosk.base.DemoMode;
import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.ReferenceCode;
import com.spakiosk.booking.Assignment;
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

    private final BookingService bookings;
    private final SpaProperties spa;
    private final Clock clock;

    DemoBookings(BookingService bookings, SpaProperties spa, Clock clock) {
        this.bookings = bookings;
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
    }

    private void fillShift(State state, LocalDate day, ZoneId zone, Instant earliest, Therapist therapist,
                           WeeklyShift shift, List<Treatment> treatments, Map<String, AddOn> addOns, List<Room> rooms) {
        List<Treatment> skills = treatments.stream().filter(t -> therapist.isQualifiedFor(t.getId())).toList();
        Instant cursor = day.atTime(shift.getStartsAt()).atZone(zone).toInstant();
        Instant shiftEnd = day.atTime(shift.getEndsAt()).atZone(zone).toInstant();
        while (cursor.isBefore(shiftEnd)) {
            // About a third of each shift booked: a lively calendar that still shows guests many free times.
            if (cursor.isBefore(earliest) || state.random.nextDouble() < 0.7) {
                cursor = cursor.plus(GRID.multipliedBy(2));
                continue;
            }
            Treatment treatment = skills.get(state.random.nextInt(skills.size()));
            TreatmentVariant variant = treatment.getVariants().get(state.random.nextInt(treatment.getVariants().size()));
            List<AddOn> chosen = pickAddOns(state.random, treatment, addOns);
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
            record(state, treatment, variant, chosen, therapist, room.get(), cursor, end, blocked, equipment);
            cursor = roundUp(blocked, day, zone);
        }
    }

    private void record(State state, Treatment treatment, TreatmentVariant variant, List<AddOn> chosen,
                        Therapist therapist, Room room, Instant start, Instant end, Instant blocked,
                        Map<Long, Interval> equipment) {
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
        screeningFlags(state.random, booking, treatment);
        bookings.importConfirmed(booking);
        state.roomBusy.computeIfAbsent(room.getId(), k -> new ArrayList<>()).add(new Interval(start, blocked));
        equipment.forEach((type, use) -> state.equipmentBusy.computeIfAbsent(type, k -> new ArrayList<>()).add(use));
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

    /** Some guests answered "yes" to a question: the desk and therapist see what it means. */
    private void screeningFlags(Random random, Booking booking, Treatment treatment) {
        booking.recordScreeningConsent(clock.instant());
        double roll = random.nextDouble();
        if (roll < 0.15) {
            booking.flag("VARICOSE_VEINS", treatment.getName(), "CAUTION", "No deep pressure over visible veins.");
        } else if (roll < 0.2) {
            booking.flag("CANCER_TREATMENT", treatment.getName(), "REVIEW",
                    "Our staff will check with you before the session.");
        }
    }

    private final class State {
        final Random random;
        final ReferenceCode codes;
        final Map<Long, Integer> equipmentCounts;
        final Map<Long, List<Interval>> roomBusy = new HashMap<>();
        final Map<Long, List<Interval>> equipmentBusy = new HashMap<>();
        final Set<String> usedCodes = new HashSet<>();

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
