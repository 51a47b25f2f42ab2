package com.spakiosk.chaos;

import com.spakiosk.BenchMachine;
import java.util.List;
import java.util.Locale;

/**
 * The crash-safety harness ({@code ./mvnw -Pchaos verify}): for each database, {@link ChaosRun}
 * starts the app with a booking load in a child JVM, kills it with SIGKILL at a random moment,
 * restarts it and checks the data, cycle after cycle. Prints {@code BENCH chaos_*} lines per
 * database and exits non-zero when a confirmed booking was lost, two live bookings overlap, a
 * stale hold still blocks, the schema is invalid or a restart failed.
 *
 * <p>System properties: {@code chaos.cycles} (20), {@code chaos.db} ({@code h2}, {@code postgres}
 * or {@code both}; default both when {@code SPA_DB_HOST} is set, else h2), {@code chaos.seed}
 * (random, printed: the same seed gives the same kill moments), {@code chaos.threads} (6),
 * {@code chaos.load-ms} (the load runs a random time in this range before the kill, "2000-15000"),
 * {@code chaos.child-args} (more arguments for the app, space-separated).
 */
public final class ChaosHarness {

    private ChaosHarness() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(property("chaos.cycles", "20"));
        List<ChaosDatabase> databases = ChaosDatabase.parse(property("chaos.db",
                System.getenv("SPA_DB_HOST") == null ? "h2" : "both"));
        // The harness's own JDBC and Flyway calls need no chatter (the children log to their own files).
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        long seed = Long.parseLong(property("chaos.seed", Long.toString(System.currentTimeMillis())));
        int threads = Integer.parseInt(property("chaos.threads", "6"));
        String[] loadMs = property("chaos.load-ms", "2000-15000").split("-");
        System.out.printf(Locale.ROOT, "chaos: %d cycles on %s, seed %d (-Dchaos.seed=%d repeats the kill moments)%n",
                cycles, databases, seed, seed);
        BenchMachine.print();
        boolean failed = false;
        for (ChaosDatabase database : databases) {
            ChaosRun.Result result = new ChaosRun(database, cycles, seed, threads, Long.parseLong(loadMs[0]),
                    Long.parseLong(loadMs[1])).run();
            result.print();
            failed |= !result.passed();
        }
        System.out.println(failed ? "chaos: FAILED" : "chaos: passed");
        System.exit(failed ? 1 : 0);
    }

    /** A system property; Maven passes an unset one as an empty value, which means the default too. */
    private static String property(String name, String otherwise) {
        String value = System.getProperty(name, "").strip();
        return value.isEmpty() ? otherwise : value;
    }
}
