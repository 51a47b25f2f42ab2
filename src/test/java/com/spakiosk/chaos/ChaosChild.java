package com.spakiosk.chaos;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One start of the app in a child JVM, run by {@code java} itself (no shell or launcher in
 * between), so that a kill reaches the JVM: {@link Process#destroyForcibly()} sends SIGKILL on
 * Linux, and the JVM gets no shutdown hook, no pool close, no last flush.
 */
final class ChaosChild {

    /** Short holds and a quick sweeper, so that a cycle sees its predecessor's holds expire. */
    static final Duration HOLD_TTL = Duration.ofSeconds(5);
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos = System.nanoTime();

    private ChaosChild(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ChaosChild start(ChaosDatabase database, Path runDir, int port, String name, boolean load, int threads,
                            long seed) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dchaos.dir=" + runDir.toAbsolutePath(), "-Dchaos.load=" + load,
                "-Dchaos.threads=" + threads, "-Dchaos.seed=" + seed,
                // The test class path: the app's classes and runtime libraries, plus this driver.
                "-cp", absoluteClassPath(), ChaosLoadDriver.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=" + database.profiles,
                "--spa.booking.hold-ttl=" + HOLD_TTL.toSeconds() + "s",
                "--spa.booking.sweep-interval=" + SWEEP_INTERVAL.toSeconds() + "s",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        // More application arguments, e.g. a weaker H2 URL to see the harness catch a loss (docs/benchmarks.md).
        String extra = System.getProperty("chaos.child-args", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        Path log = runDir.resolve(name + ".log");
        var builder = new ProcessBuilder(command).directory(runDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        database.environment(builder.environment());
        Process process = builder.start();
        String started = process.info().command().orElse("?");
        if (!started.endsWith("/java")) {
            throw new IllegalStateException("The child is not a JVM but " + started + ": a kill would miss the app");
        }
        return new ChaosChild(process, port, log);
    }

    /** Waits until readiness says UP (Flyway migrated and validated, Hibernate validated, the database writable). */
    double awaitReady() throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped during start-up (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - startedNanos > READY_WITHIN.toNanos()) {
                throw new IllegalStateException("Not ready after " + READY_WITHIN + "; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** Waits for a file the child writes (a marker or a result); false if the child died or time ran out. */
    boolean awaitFile(Path file, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!Files.exists(file)) {
            if (!process.isAlive() || System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** SIGKILL, and wait until the process is gone (its file locks and sockets with it). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child survived SIGKILL");
        }
    }

    /** SIGTERM: the app shuts down gracefully. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The child starts in the run's folder: relative class path entries would point nowhere there. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
