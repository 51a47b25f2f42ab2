package com.spakiosk.desk.ui;

import static com.spakiosk.booking.SchedulingBenchmark.print;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.spakiosk.Application;
import com.spakiosk.BenchMachine;
import com.spakiosk.KaribuTest;
import com.spakiosk.booking.DeskDayService;
import com.spakiosk.booking.SchedulingBenchmark;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The desk benchmark (a program): server time to open a day at the desk (the day read from the
 * database, the names, the whole calendar of components) on the scheduling benchmark's synthetic
 * spa of 40 therapists with its rooms full, and the SQL statements each opening costs. Prints
 * {@code BENCH} lines.
 */
public final class DeskBenchmark {

    static final int DAYS = 14;
    static final int ROUNDS = 20;

    public static void main(String[] args) {
        BenchMachine.print();
        try (var app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:desk-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                // Without the demo profile a spa needs its first manager to start.
                "--spa.security.initial-manager.username=bench-manager",
                "--spa.security.initial-manager.password=benchmark-manager-password")) {
            LocalDate first = SchedulingBenchmark.syntheticSpa(app);
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                    List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
            KaribuTest.signInThroughSpringSecurity();
            // As in the production jar: no development-mode tracking of where each component was made.
            System.setProperty("vaadin.productionMode", "true");
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.spakiosk.desk"), app,
                    UI::new));
            int most = 0;
            for (int d = 0; d < DAYS; d++) {
                most = Math.max(most, app.getBean(DeskDayService.class).day(first.plusDays(d)).blocks().size());
            }
            for (int i = 0; i < 10; i++) {
                for (int d = 0; d < DAYS; d++) {
                    open(first.plusDays(d)); // warm-up: let the JIT compile the calendar's code paths
                }
            }
            Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            long[] nanos = new long[DAYS * ROUNDS];
            long statements = 0;
            for (int r = 0; r < ROUNDS; r++) {
                for (int d = 0; d < DAYS; d++) {
                    statistics.clear();
                    long t0 = System.nanoTime();
                    open(first.plusDays(d));
                    nanos[r * DAYS + d] = System.nanoTime() - t0;
                    statements = Math.max(statements, statistics.getPrepareStatementCount());
                }
            }
            // The baseline in the same run: the same 40 therapists on a day with no bookings yet.
            LocalDate empty = first.plusDays(DAYS + 7);
            long[] emptyNanos = new long[ROUNDS * 2];
            for (int i = 0; i < emptyNanos.length; i++) {
                long t0 = System.nanoTime();
                open(empty);
                emptyNanos[i] = System.nanoTime() - t0;
            }
            MockVaadin.tearDown();
            Arrays.sort(nanos);
            Arrays.sort(emptyNanos);
            print("desk_day_therapists", 40, "count");
            print("desk_day_blocks_max", most, "count");
            print("desk_day_render_ms_p50", String.format("%.1f", nanos[nanos.length / 2] / 1e6), "ms");
            print("desk_day_render_ms_p95", String.format("%.1f", nanos[(int) (nanos.length * 0.95) - 1] / 1e6), "ms");
            print("desk_day_sql_statements_max", statements, "count");
            print("desk_day_empty_render_ms_p50", String.format("%.1f", emptyNanos[emptyNanos.length / 2] / 1e6), "ms");
            print("desk_day_full_over_empty", String.format("%.1f",
                    (double) nanos[nanos.length / 2] / emptyNanos[emptyNanos.length / 2]), "x");
        }
    }

    /**
     * One day at the desk, as a clerk opens it: the route, the day, the calendar, and the changes
     * collected for the browser as a response would carry them.
     */
    private static void open(LocalDate day) {
        UI.getCurrent().navigate("desk/" + day);
        MockVaadin.clientRoundtrip(false);
    }
}
