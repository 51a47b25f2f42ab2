package com.spakiosk.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One start of the production jar in a child JVM, run by {@code java} itself (no shell or launcher in
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

    static ChaosChild start(ChaosDatabase database, Path runDir, Path jar, int port, String name, boolean load,
                            int threads, long seed) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The production jar, started by Spring Boot's PropertiesLauncher with the load driver's few
        // classes added (loader.path): the app runs exactly as shipped (its libraries, its production
        // frontend), and the driver runs inside it, in the same JVM that the kill hits.
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dchaos.dir=" + runDir.toAbsolutePath(), "-Dchaos.load=" + load,
                "-Dchaos.threads=" + threads, "-Dchaos.seed=" + seed,
                "-Dloader.path=" + driverClasses(runDir).toAbsolutePath(),
                "-Dloader.main=" + ChaosLoadDriver.class.getName(),
                "-cp", jar.toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
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

    /**
     * This package's compiled classes alone, copied into the run's folder: the whole test output
     * would bring the tests' Spring components into the app's component scan.
     */
    private static Path driverClasses(Path runDir) throws IOException {
        Path target = runDir.resolve("driver-classes");
        if (Files.exists(target)) {
            return target;
        }
        String pkg = ChaosLoadDriver.class.getPackageName().replace('.', '/');
        Path source;
        try {
            source = Path.of(ChaosLoadDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(pkg);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path into = Files.createDirectories(target.resolve(pkg));
        try (Stream<Path> classes = Files.list(source)) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                Files.copy(c, into.resolve(c.getFileName()));
            }
        }
        return target;
    }

    /** The production jar that {@code package} built, or the one {@code chaos.jar} names. */
    static Path productionJar() throws IOException {
        String named = System.getProperty("chaos.jar", "").strip();
        if (!named.isEmpty()) {
            return Path.of(named);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("spa-kiosk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw package first"));
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
