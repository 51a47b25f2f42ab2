package com.spakiosk.booking;

import com.spakiosk.Application;
import com.spakiosk.BenchMachine;
import com.spakiosk.OverlapQueries;
import com.spakiosk.base.Money;
import com.spakiosk.menu.AddOn;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.Treatment;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.scheduling.SlotFinder;
import com.spakiosk.scheduling.SlotRequest;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.scheduling.BruteForceSlotFinder;
import com.spakiosk.staff.EquipmentType;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The scheduling benchmark (a program, not a test): ./mvnw -q -Pbench verify.
 * Builds a synthetic spa of 40 therapists, 12 rooms and 4 equipment types on an in-memory H2,
 * fills 14 days with bookings through the real hold-and-confirm path, then prints one line per
 * figure: {@code BENCH <name> <value> <unit>}.
 */
public final class SchedulingBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int THERAPISTS = 40;
    static final int ROOMS = 12;
    static final int DAYS = 14;
    static final int TARGET_BOOKINGS = 5_000;

    private final Random random = new Random(42);
    private final ConfigurableApplicationContext app;
    private final AvailabilityService availability;
    private final BookingService bookings;
    private final List<long[]> menu = new ArrayList<>(); // {treatmentId, variantId}
    private final List<Long> addOnIds = new ArrayList<>();
    private final LocalDate firstDay;

    private SchedulingBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.availability = app.getBean(AvailabilityService.class);
        this.bookings = app.getBean(BookingService.class);
        this.firstDay = LocalDate.now(ZONE).plusDays(1);
    }

    public static void main(String[] args) throws Exception {
        BenchMachine.print();
        try (var app = new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--spring.datasource.hikari.maximum-pool-size=20",
                // Without the demo profile a spa needs its first manager to start.
                "--spa.security.initial-manager.username=bench-manager",
                "--spa.security.initial-manager.password=benchmark-manager-password")) {
            var bench = new SchedulingBenchmark(app);
            bench.buildSpa();
            int booked = bench.fillCalendar();
            print("bookings_in_calendar", booked, "count");
            bench.measureSearches();
            bench.measureEngineAgainstOracle();
            bench.measureConfirmThroughput();
            print("double_bookings", app.getBean(JdbcTemplate.class).queryForObject(OverlapQueries.OVERLAPPING_PAIRS,
                    Integer.class), "count");
            print("equipment_overbooked", app.getBean(JdbcTemplate.class)
                    .queryForObject(OverlapQueries.OVERBOOKED_EQUIPMENT, Integer.class), "count");
        }
    }

    /**
     * The benchmark's synthetic spa (40 therapists, 12 rooms), its fortnight filled through the
     * real path, in a running app; answers the first day filled. Other benchmarks measure on it.
     */
    public static LocalDate syntheticSpa(ConfigurableApplicationContext app) {
        var bench = new SchedulingBenchmark(app);
        bench.buildSpa();
        print("bookings_in_calendar", bench.fillCalendar(), "count");
        return bench.firstDay;
    }

    public static void print(String name, Object value, String unit) {
        System.out.println("BENCH " + name + " " + value + " " + unit);
    }

    // ---------------------------------------------------------------- the synthetic spa

    private void buildSpa() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        MenuService menuService = app.getBean(MenuService.class);
        StaffService staff = app.getBean(StaffService.class);
        List<Long> equipment = new ArrayList<>();
        for (String[] e : new String[][] {{"HEATER", "3"}, {"BATH", "4"}, {"STEAMER", "2"}, {"ROLLER", "5"}}) {
            equipment.add(staff.saveEquipment(new EquipmentType(e[0], e[0], Integer.parseInt(e[1]))).getId());
        }
        List<Treatment> treatments = new ArrayList<>();
        TreatmentCategory[] categories = TreatmentCategory.values();
        for (int i = 0; i < 6; i++) {
            var t = new Treatment("T" + i, categories[i % categories.length], "Treatment " + i, "Summary", "Description",
                    "", EnumSet.of(BodyArea.FOOT, BodyArea.CALF), i);
            t.addVariant(30, Money.of("40", "EUR"));
            t.addVariant(45, Money.of("55", "EUR"));
            t.addVariant(60, Money.of("70", "EUR"));
            treatments.add(menuService.saveTreatment(t));
        }
        for (Treatment t : treatments) {
            t.getVariants().forEach(v -> menu.add(new long[] {t.getId(), v.getId()}));
        }
        String[][] addOns = {{"STONES", "15", "DURING"}, {"SOAK", "10", "BEFORE"}, {"COMPRESS", "10", "DURING"},
                {"ROLLER", "5", "DURING"}};
        for (int i = 0; i < addOns.length; i++) {
            var a = new AddOn(addOns[i][0], addOns[i][0], "Extra", Money.of("10", "EUR"), Integer.parseInt(addOns[i][1]),
                    AddOnPlacement.valueOf(addOns[i][2] + "_MASSAGE"), Set.of(), i);
            a.requireEquipment(equipment.get(i));
            treatments.forEach(a::allowWith);
            addOnIds.add(menuService.saveAddOn(a).getId());
        }
        for (int r = 0; r < ROOMS; r++) {
            var room = new Room("R" + r, "Room " + r);
            treatments.forEach(t -> room.suit(t.getId()));
            staff.saveRoom(room);
        }
        for (int i = 0; i < THERAPISTS; i++) {
            var therapist = new Therapist("TH" + i, "Therapist " + i, "");
            for (Treatment t : treatments) {
                if (random.nextInt(5) > 0) {
                    therapist.addSkill(t.getId());
                }
            }
            addOnIds.forEach(therapist::addAddOnSkill); // everyone gives every add-on, as in the demo
            int startHour = 6 + random.nextInt(9); // staggered: 06:00 to 14:00 starts, eight hours each
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(7) > 0) {
                    therapist.addShift(day, LocalTime.of(startHour, 0), LocalTime.of(startHour + 8, 0))
                            .addBreak(LocalTime.of(startHour + 4, 0), LocalTime.of(startHour + 4, 30));
                }
            }
            staff.saveTherapist(therapist);
        }
    }

    /**
     * Books the 14 days through search, hold and confirm (any therapist), from random times of day,
     * until 5,000 or until the rooms are full: twelve rooms open 06:00-22:00 hold at most about
     * 12 x 16 h / 50 min = 230 sessions a day, so the count printed is what fits.
     */
    private int fillCalendar() {
        int booked = 0;
        for (int d = 0; d < DAYS && booked < TARGET_BOOKINGS; d++) {
            LocalDate day = firstDay.plusDays(d);
            int perDay = TARGET_BOOKINGS / DAYS;
            int failures = 0;
            for (int onDay = 0; onDay < perDay && failures < 300; ) {
                long[] item = menu.get(random.nextInt(menu.size()));
                List<Long> extras = randomAddOns();
                Instant from = day.atTime(6, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(15L * random.nextInt(64)));
                List<Slot> slots = availability.findSlots(new SlotSearch(item[0], item[1], extras, from,
                        day.plusDays(1).atStartOfDay(ZONE).toInstant(), null, 1));
                if (slots.isEmpty()) {
                    failures++;
                    continue;
                }
                Slot s = slots.getFirst();
                if (hold(item, extras, s.start(), s.therapistId(), s.roomId(), "fill") instanceof HoldOutcome.Held held) {
                    bookings.confirm(held.bookingId(), "fill", new Guest("Bench", null, "bench@example.org"), null);
                    booked++;
                    onDay++;
                } else {
                    failures++;
                }
            }
        }
        return booked;
    }

    private HoldOutcome hold(long[] item, List<Long> extras, Instant start, Long therapist, Long room, String owner) {
        return bookings.hold(new HoldRequest(item[0], item[1],
                extras.stream().map(id -> new HoldRequest.AddOnChoice(id, null)).toList(), start, therapist, room, owner,
                BookingChannel.DESK, Set.of()));
    }

    private List<Long> randomAddOns() {
        List<Long> chosen = new ArrayList<>();
        for (Long id : addOnIds) {
            if (random.nextInt(4) == 0) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    // ---------------------------------------------------------------- searches

    private void measureSearches() {
        for (int i = 0; i < 200; i++) {
            daySearch(); // warm up the JIT and the catalog cache
        }
        long[] day = new long[1000];
        for (int i = 0; i < day.length; i++) {
            day[i] = daySearch();
        }
        long[] week = new long[200];
        for (int i = 0; i < week.length; i++) {
            long[] item = menu.get(random.nextInt(menu.size()));
            LocalDate start = firstDay.plusDays(random.nextInt(DAYS - 7));
            var search = new SlotSearch(item[0], item[1], randomAddOns(), start.atStartOfDay(ZONE).toInstant(),
                    start.plusDays(7).atStartOfDay(ZONE).toInstant(), null, 10_000);
            long t0 = System.nanoTime();
            availability.findSlots(search);
            week[i] = System.nanoTime() - t0;
        }
        print("availability_day_p50_ms", ms(percentile(day, 50)), "ms");
        print("availability_day_p99_ms", ms(percentile(day, 99)), "ms");
        print("availability_week_p99_ms", ms(percentile(week, 99)), "ms");
        // The baseline in the same run: the same day search after a menu or staff change, when
        // the catalog (menu, therapists, rooms, settings) is read from the database again.
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        var resourceVersion = app.getBean(com.spakiosk.base.ResourceVersion.class);
        long[] uncached = new long[200];
        for (int i = 0; i < uncached.length; i++) {
            tx.executeWithoutResult(status -> resourceVersion.bump());
            uncached[i] = daySearch();
        }
        print("availability_day_uncached_p50_ms", ms(percentile(uncached, 50)), "ms");
        print("availability_day_cache_speedup",
                String.format("%.1f", (double) percentile(uncached, 50) / percentile(day, 50)), "x");
    }

    private long daySearch() {
        long[] item = menu.get(random.nextInt(menu.size()));
        LocalDate day = firstDay.plusDays(random.nextInt(DAYS));
        var search = new SlotSearch(item[0], item[1], randomAddOns(), day.atStartOfDay(ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ZONE).toInstant(), null, 10_000);
        long t0 = System.nanoTime();
        availability.findSlots(search);
        return System.nanoTime() - t0;
    }

    /** The engine and the brute-force oracle on the same day snapshots and requests, both timed here. */
    private void measureEngineAgainstOracle() {
        CalendarLoader loader = app.getBean(CalendarLoader.class);
        SlotRequests requests = app.getBean(SlotRequests.class);
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        List<Snapshot> snapshots = new ArrayList<>();
        List<SlotRequest> slotRequests = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            SpaCatalog catalog = loader.catalog();
            for (int i = 0; i < 100; i++) {
                long[] item = menu.get(random.nextInt(menu.size()));
                LocalDate day = firstDay.plusDays(random.nextInt(DAYS));
                snapshots.add(loader.snapshot(catalog, day, day.plusDays(1), Instant.now(), null));
                slotRequests.add(requests.build(catalog, item[0], item[1], randomAddOns(),
                        day.atStartOfDay(ZONE).toInstant(), day.plusDays(1).atStartOfDay(ZONE).toInstant(), null, 10_000));
            }
        });
        var engine = new SlotFinder();
        var oracle = new BruteForceSlotFinder();
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < snapshots.size(); i++) {
                engine.find(snapshots.get(i), slotRequests.get(i));
                oracle.feasibleStarts(snapshots.get(i), slotRequests.get(i));
            }
        }
        long engineNanos = 0;
        long oracleNanos = 0;
        for (int i = 0; i < snapshots.size(); i++) {
            long t0 = System.nanoTime();
            List<Slot> found = engine.find(snapshots.get(i), slotRequests.get(i));
            long t1 = System.nanoTime();
            List<Instant> expected = oracle.feasibleStarts(snapshots.get(i), slotRequests.get(i));
            long t2 = System.nanoTime();
            engineNanos += t1 - t0;
            oracleNanos += t2 - t1;
            if (!found.stream().map(Slot::start).toList().equals(expected)) {
                throw new IllegalStateException("Engine and oracle disagree on request " + i);
            }
        }
        print("engine_day_mean_ms", ms(engineNanos / snapshots.size()), "ms");
        print("engine_vs_bruteforce_speedup", String.format("%.1f", (double) oracleNanos / engineNanos), "x");
    }

    // ---------------------------------------------------------------- writes

    /** 16 threads hold and confirm distinct free slots after the filled fortnight; confirmed bookings per second. */
    private void measureConfirmThroughput() throws Exception {
        int threads = 16;
        int perThread = 150;
        LocalDate after = firstDay.plusDays(DAYS + 1);
        List<List<long[]>> work = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            work.add(new ArrayList<>());
        }
        // Slots from the engine itself: each thread gets its own days, so threads contend for locks, not slots.
        int dayIndex = 0;
        for (int k = 0; k < threads; k++) {
            while (work.get(k).size() < perThread) {
                LocalDate day = after.plusDays(dayIndex++);
                long[] item = menu.get(0);
                List<Slot> free = availability.findSlots(new SlotSearch(item[0], item[1], List.of(),
                        day.atStartOfDay(ZONE).toInstant(), day.plusDays(1).atStartOfDay(ZONE).toInstant(), null, 10_000));
                List<Slot> disjoint = disjoint(free);
                for (Slot s : disjoint) {
                    if (work.get(k).size() < perThread) {
                        work.get(k).add(new long[] {s.start().toEpochMilli(), s.therapistId(), s.roomId()});
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger confirmed = new AtomicInteger();
        long t0 = System.nanoTime();
        for (int k = 0; k < threads; k++) {
            List<long[]> mine = work.get(k);
            int owner = k;
            pool.submit(() -> {
                for (long[] w : mine) {
                    HoldOutcome outcome = hold(menu.get(0), List.of(), Instant.ofEpochMilli(w[0]), w[1], w[2], "t" + owner);
                    if (outcome instanceof HoldOutcome.Held held) {
                        bookings.confirm(held.bookingId(), "t" + owner, new Guest("Bench", null, "b@example.org"), null);
                        confirmed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        print("confirm_throughput_h2_per_s", String.format("%.0f", confirmed.get() / seconds), "bookings/s");
        print("confirm_attempts_won", confirmed.get() + "/" + threads * perThread, "count");
    }

    /** Slots of one day that share neither therapist nor room time with each other. */
    private static List<Slot> disjoint(List<Slot> slots) {
        List<Slot> chosen = new ArrayList<>();
        for (Slot s : slots) {
            boolean clash = chosen.stream().anyMatch(c -> (c.therapistId() == s.therapistId() || c.roomId() == s.roomId())
                    && c.blocked().overlaps(s.blocked()));
            if (!clash) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
