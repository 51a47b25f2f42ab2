package com.spakiosk.chaos;

import com.spakiosk.chaos.ChaosChecks.Findings;
import com.spakiosk.chaos.StaleHolds.StaleHold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The cycles on one database: start with load, wait until bookings are being confirmed, kill at a
 * seeded random moment, check with JDBC while nothing runs, hand the killed instance's live holds
 * to the next start, which checks they no longer block. A last start without load re-checks the
 * last kill's holds and stops gracefully; the last check follows.
 */
final class ChaosRun {

    private final ChaosDatabase database;
    private final int cycles;
    private final Random random;
    private final int threads;
    private final long minLoadMs;
    private final long maxLoadMs;
    private final Result result;
    private Path runDir;
    private int port;
    private Path jar;

    ChaosRun(ChaosDatabase database, int cycles, long seed, int threads, long minLoadMs, long maxLoadMs) {
        this.database = database;
        this.cycles = cycles;
        this.random = new Random(seed + database.ordinal());
        this.threads = threads;
        this.minLoadMs = minLoadMs;
        this.maxLoadMs = Math.max(minLoadMs, maxLoadMs);
        this.result = new Result(database);
    }

    Result run() throws Exception {
        runDir = Files.createDirectories(Path.of("target", "chaos",
                database.name().toLowerCase(Locale.ROOT) + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        port = ChaosChild.freePort();
        jar = ChaosChild.productionJar();
        System.out.println("chaos " + database + ": run folder " + runDir.toAbsolutePath() + ", jar " + jar);
        for (int cycle = 1; cycle <= cycles; cycle++) {
            if (!cycle(cycle)) {
                return result;
            }
        }
        finalStart();
        return result;
    }

    /** One start, load, kill and check; false when the start failed (the run stops there). */
    private boolean cycle(int cycle) throws Exception {
        ChaosChild child = start("start-" + cycle, true);
        if (child == null) {
            return false;
        }
        if (!child.awaitFile(runDir.resolve(ChaosFiles.LOAD_RUNNING), Duration.ofSeconds(90))) {
            System.out.println("chaos " + database + " cycle " + cycle + ": no booking was confirmed; see the log");
            child.kill();
            result.restartFailures++;
            return false;
        }
        readStaleResult(cycle > 1);
        long loadMs = minLoadMs + (long) (random.nextDouble() * (maxLoadMs - minLoadMs));
        Thread.sleep(loadMs);
        Instant killedAt = Instant.now();
        child.kill();
        Findings findings = check(killedAt);
        result.cycles++;
        System.out.printf(Locale.ROOT, "chaos %s cycle %d: killed after %d ms of load; %d codes, lost %d, overlaps %d,"
                        + " live holds left %d, unswept %d, schema %s%n", database, cycle, loadMs, findings.confirmed(),
                findings.lost(), findings.overlaps(), findings.liveHolds().size(), findings.unswept(),
                findings.schemaValid() ? "valid" : "INVALID");
        handOver(findings.liveHolds());
        return true;
    }

    /** After the last kill: start once more without load, let the stale holds be checked, stop, check. */
    private void finalStart() throws Exception {
        ChaosChild child = start("start-final", false);
        if (child == null) {
            return;
        }
        boolean checked = child.awaitFile(runDir.resolve(ChaosFiles.STALE_RESULT),
                ChaosChild.HOLD_TTL.plus(Duration.ofSeconds(60)));
        Thread.sleep(2 * ChaosChild.SWEEP_INTERVAL.toMillis() + 1000);
        child.stop();
        if (checked) {
            readStaleResult(true);
        } else {
            result.staleBlocking++;
        }
        Findings findings = check(Instant.now());
        System.out.printf(Locale.ROOT, "chaos %s after a graceful stop: %d codes, lost %d, overlaps %d, live holds %d,"
                        + " unswept %d%n", database, findings.confirmed(), findings.lost(), findings.overlaps(),
                findings.liveHolds().size(), findings.unswept());
    }

    private ChaosChild start(String name, boolean load) throws Exception {
        Files.deleteIfExists(runDir.resolve(ChaosFiles.LOAD_RUNNING));
        Files.deleteIfExists(runDir.resolve(ChaosFiles.STALE_RESULT));
        ChaosChild child = ChaosChild.start(database, runDir, jar, port, name, load, threads, random.nextLong());
        try {
            result.readySeconds.add(child.awaitReady());
            return child;
        } catch (IllegalStateException notReady) {
            System.out.println("chaos " + database + " " + name + ": RESTART FAILED: " + notReady.getMessage());
            child.kill();
            result.restartFailures++;
            return null;
        }
    }

    private Findings check(Instant killedAt) throws IOException, SQLException {
        // A hold that ran out more than two sweeps before the kill must be gone from the table by now.
        Findings findings = ChaosChecks.check(database, runDir,
                killedAt.minus(ChaosChild.SWEEP_INTERVAL.multipliedBy(2)).minusSeconds(1));
        result.confirmed = findings.confirmed();
        result.lost = findings.lost();
        result.overlaps = Math.max(result.overlaps, findings.overlaps());
        result.unswept += findings.unswept();
        result.schemaInvalid += findings.schemaValid() ? 0 : 1;
        return findings;
    }

    private void handOver(List<StaleHold> liveHolds) throws IOException {
        List<String> lines = new ArrayList<>();
        liveHolds.forEach(h -> lines.add(h.line()));
        Files.write(runDir.resolve(ChaosFiles.STALE_HOLDS), lines);
    }

    private void readStaleResult(boolean expected) throws IOException {
        Path file = runDir.resolve(ChaosFiles.STALE_RESULT);
        if (!expected) {
            return;
        }
        if (!Files.exists(file)) {
            result.staleBlocking++;
            return;
        }
        String[] counts = Files.readString(file).strip().split(" ");
        result.staleReheld += Integer.parseInt(counts[0]);
        result.staleBlocking += Integer.parseInt(counts[1]);
    }

    /** The figures of one database's run. */
    static final class Result {
        final ChaosDatabase database;
        int cycles;
        int confirmed;
        int lost;
        int overlaps;
        int unswept;
        int staleReheld;
        int staleBlocking;
        int schemaInvalid;
        int restartFailures;
        final List<Double> readySeconds = new ArrayList<>();

        Result(ChaosDatabase database) {
            this.database = database;
        }

        boolean passed() {
            return lost == 0 && overlaps == 0 && unswept == 0 && staleBlocking == 0 && schemaInvalid == 0
                    && restartFailures == 0 && cycles > 0;
        }

        void print() {
            String db = database.name().toLowerCase(Locale.ROOT);
            bench("chaos_cycles", cycles, db);
            bench("chaos_confirmed", confirmed, db);
            bench("chaos_lost", lost, db);
            bench("chaos_overlaps", overlaps, db);
            bench("chaos_stale_holds_reheld", staleReheld, db);
            bench("chaos_stale_holds_blocking", staleBlocking, db);
            bench("chaos_unswept_holds", unswept, db);
            bench("chaos_schema_invalid", schemaInvalid, db);
            bench("chaos_restart_failures", restartFailures, db);
            List<Double> sorted = readySeconds.stream().sorted().toList();
            if (!sorted.isEmpty()) {
                System.out.printf(Locale.ROOT, "BENCH chaos_ready_s_median %.1f s %s%n", sorted.get(sorted.size() / 2), db);
            }
        }

        private static void bench(String name, int value, String db) {
            System.out.println("BENCH " + name + " " + value + " " + db);
        }
    }
}
