package com.spakiosk.reports.ui;

import static com.spakiosk.booking.SchedulingBenchmark.print;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.spakiosk.Application;
import com.spakiosk.BenchMachine;
import com.spakiosk.KaribuTest;
import com.spakiosk.booking.SchedulingBenchmark;
import com.spakiosk.reports.ReportPeriod;
import com.spakiosk.reports.ReportService;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reports benchmark (a program): the scheduling benchmark's synthetic spa of 40 therapists
 * with a year of history written straight into the tables (about 50,000 bookings: kept, missed,
 * cancelled, paid, with add-ons, for 5,000 guests), then the server time of every report for a
 * 30-day and a 365-day period (with their comparison periods), the SQL statements they cost, and
 * the reports page rendered for 30 days. Prints {@code BENCH} lines (docs/benchmarks.md).
 */
public final class ReportsBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int HISTORY_DAYS = 730; // a year, and the year before it for the 365-day comparison
    static final int SESSIONS_PER_THERAPIST_DAY = 4;
    static final int GUESTS = 5_000;
    static final int ROUNDS = 20;

    public static void main(String[] args) {
        BenchMachine.print();
        try (var app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:reports-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                // a production start needs its first manager
                "--spa.security.initial-manager.username=owner",
                "--spa.security.initial-manager.password=amber lantern folds quietly")) {
            SchedulingBenchmark.syntheticSpa(app);
            long t0 = System.nanoTime();
            int[] generated = history(app);
            print("reports_bookings_last_365_days", generated[0], "count");
            print("reports_bookings_generated", generated[1], "count");
            print("reports_history_generated_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9), "s");
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                    List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
            ReportService reports = app.getBean(ReportService.class);
            Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
            var month = ReportPeriod.lastDays(yesterday, 30);
            var year = ReportPeriod.lastDays(yesterday, 365);
            for (int i = 0; i < 10; i++) {
                reports.reports(month); // warm-up: JIT and the database's caches
                reports.reports(year);
            }
            statistics.clear();
            reports.reports(month);
            print("reports_sql_statements_30_days", statistics.getPrepareStatementCount(), "count");
            long[] monthNanos = time(() -> reports.reports(month));
            long[] yearNanos = time(() -> reports.reports(year));
            print("reports_all_ms_p50", ms(monthNanos, 0.5), "ms");
            print("reports_all_ms_p95", ms(monthNanos, 0.95), "ms");
            print("reports_all_365_days_ms_p50", ms(yearNanos, 0.5), "ms");
            print("reports_all_365_days_ms_p95", ms(yearNanos, 0.95), "ms");
            // The baseline in the same run: one plain pass over the period's bookings (count and
            // sum), the least any report of that period must read; the reports are ~17 of those.
            var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            long[] scanNanos = time(() -> scan(jdbc, month));
            long[] yearScanNanos = time(() -> scan(jdbc, year));
            print("reports_baseline_scan_30_days_ms_p50", ms(scanNanos, 0.5), "ms");
            print("reports_baseline_scan_365_days_ms_p50", ms(yearScanNanos, 0.5), "ms");
            print("reports_all_over_scan_30_days", String.format("%.0f", (double) monthNanos[ROUNDS / 2] / scanNanos[ROUNDS / 2]), "x");
            print("reports_all_over_scan_365_days", String.format("%.0f", (double) yearNanos[ROUNDS / 2] / yearScanNanos[ROUNDS / 2]), "x");

            KaribuTest.signInThroughSpringSecurity();
            System.setProperty("vaadin.productionMode", "true");
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.spakiosk.reports"), app,
                    UI::new));
            for (int i = 0; i < 5; i++) {
                open();
            }
            long[] viewNanos = time(ReportsBenchmark::open);
            MockVaadin.tearDown();
            print("reports_page_30_days_render_ms_p95", ms(viewNanos, 0.95), "ms");
        }
    }

    /** The reports page as a manager opens it: the last 30 days, every report, the response for the browser. */
    private static Object open() {
        UI.getCurrent().navigate("manage/reports");
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("");
        return null;
    }

    private static int scans;

    /** The period's start moves by a second each time: H2 would otherwise answer a repeated query from its result cache. */
    private static Object scan(org.springframework.jdbc.core.JdbcTemplate jdbc, ReportPeriod period) {
        return jdbc.queryForMap("select count(*), sum(price_amount) from booking where starts_at >= ? and starts_at < ?",
                java.sql.Timestamp.from(period.start(ZONE).minusSeconds(++scans)), java.sql.Timestamp.from(period.end(ZONE)));
    }

    private static long[] time(Supplier<?> work) {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * quantile) - 1);
        return String.format("%.1f", sorted[index] / 1e6);
    }

    /**
     * Two years of past sessions, four a therapist-day on the days each therapist works, written in
     * batches straight to the tables (the booking service refuses the past): 8 % no-shows, 10 %
     * cancelled (a third late, with the history line the report reads), the rest completed and paid;
     * a fifth with an add-on. Returns the bookings of the last 365 days and all generated.
     */
    private static int[] history(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        var random = new Random(42);
        List<Long> therapists = jdbc.queryForList("select id from therapist order by id", Long.class);
        List<Long> rooms = jdbc.queryForList("select id from room order by id", Long.class);
        List<Long> addOns = jdbc.queryForList("select id from add_on order by id", Long.class);
        List<long[]> variants = jdbc.query("select treatment_id, id, duration_minutes from treatment_variant",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        Instant now = Instant.now();
        List<Object[]> guests = new ArrayList<>();
        for (int g = 0; g < GUESTS; g++) {
            guests.add(new Object[] {"Guest" + g, String.format("+49170%07d", g), Timestamp.from(now),
                    Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into guest (first_name, phone, created_at, updated_at) values (?, ?, ?, ?)", guests);
        long firstGuest = jdbc.queryForObject("select min(id) from guest where phone like '+49170%'", Long.class);

        LocalDate today = LocalDate.now(ZONE);
        int lastYear = 0;
        int all = 0;
        long code = 0;
        for (LocalDate day = today.minusDays(HISTORY_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            List<Object[]> rows = new ArrayList<>();
            for (int t = 0; t < therapists.size(); t++) {
                if ((t + day.getDayOfYear()) % 7 == 0) {
                    continue; // a day off a week
                }
                for (int s = 0; s < SESSIONS_PER_THERAPIST_DAY; s++) {
                    long[] variant = variants.get(random.nextInt(variants.size()));
                    Instant start = day.atTime(LocalTime.of(8 + 2 * s + t % 3, random.nextBoolean() ? 0 : 30))
                            .atZone(ZONE).toInstant();
                    Instant end = start.plus(Duration.ofMinutes(variant[2]));
                    double roll = random.nextDouble();
                    String status = roll < 0.08 ? "NO_SHOW" : roll < 0.18 ? "CANCELLED" : "COMPLETED";
                    Instant created = start.minus(Duration.ofMinutes(15 + random.nextInt(20_000)));
                    boolean paid = status.equals("COMPLETED");
                    rows.add(new Object[] {"B" + Long.toString(code++, 36).toUpperCase(), status,
                            random.nextInt(10) < 5 ? "KIOSK" : "DESK", variant[0], variant[1], therapists.get(t),
                            rooms.get((t + s) % rooms.size()), Timestamp.from(start), Timestamp.from(end),
                            Timestamp.from(end.plus(Duration.ofMinutes(10))), "Guest", "55.00", "EUR",
                            Timestamp.from(created), Timestamp.from(end), firstGuest + random.nextInt(GUESTS),
                            paid ? (random.nextBoolean() ? "CARD" : "CASH") : null, paid ? "0.00" : null,
                            paid ? "55.00" : null, paid ? Timestamp.from(end) : null});
                }
            }
            jdbc.batchUpdate("""
                    insert into booking (reference_code, status, channel, treatment_id, variant_id, therapist_id,
                        room_id, starts_at, ends_at, blocked_until, guest_first_name, price_amount, currency,
                        screening_review_required, created_at, created_by, updated_at, updated_by, guest_id,
                        payment_method, discount_amount, paid_amount, paid_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as numeric(10,2)), ?, false, ?, 'bench', ?, 'bench',
                        ?, ?, cast(? as numeric(10,2)), cast(? as numeric(10,2)), ?)""", rows);
            all += rows.size();
            if (!day.isBefore(today.minusDays(365))) {
                lastYear += rows.size();
            }
        }
        // A fifth of the sessions took an add-on; every cancellation has its history line (a third late).
        jdbc.update("""
                insert into booking_add_on (booking_id, add_on_id, option_code, price_amount, extra_minutes)
                select id, ?, null, 10.00, 0 from booking where created_by = 'bench' and mod(id, 5) = 0""",
                addOns.getFirst());
        jdbc.update("""
                insert into booking_history (booking_id, occurred_at, actor, action, from_status, to_status, details)
                select id, case when mod(id, 3) = 0 then starts_at else created_at end, 'bench', 'CANCELLED',
                       'CONFIRMED', 'CANCELLED', ''
                from booking where created_by = 'bench' and status = 'CANCELLED'""");
        return new int[] {lastYear, all};
    }
}
