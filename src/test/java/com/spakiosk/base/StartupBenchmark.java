package com.spakiosk.base;

import com.spakiosk.BenchMachine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the production jar takes from {@code java} to "ready" (readiness UP): plain; with the
 * JDK's ahead-of-time class cache only (JEP 483/514: a training run records the classes the start
 * loads and links; later starts map them in); and optimised as the image starts, with the cache
 * and Spring's ahead-of-time bean definitions ({@code -Dspring.aot.enabled=true}, made at build
 * time by {@code process-aot}). Measured in the same run, alternating, each start from an empty
 * folder (a first start: Flyway creates the schema), so that a busy machine slows all alike.
 * Prints {@code startup_plain_s}, {@code startup_optimised_s} and their ratio (medians).
 * Run with {@code ./mvnw -q -Pbench verify}, or with the jar's path as the argument.
 */
public final class StartupBenchmark {

    private static final int ROUNDS = 5;
    private static final int PORT = 18093;
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchMachine.print();
        Path jar = args.length > 0 ? Path.of(args[0]) : findJar();
        Path work = Path.of("target", "startup-bench");
        deleteRecursively(work);
        Files.createDirectories(work);
        // The cache needs the classes as plain jar files on the class path: Spring Boot's extracted layout.
        run(work, List.of(JAVA.toString(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                "extract", "--destination", "app"));
        Path app = work.resolve("app").resolve(jar.getFileName()).toAbsolutePath();
        Path cache = work.resolve("app.aot").toAbsolutePath();
        Path training = Files.createDirectories(work.resolve("training"));
        long trainingStart = System.nanoTime();
        run(training, List.of(JAVA.toString(), "-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=true",
                "-Dspring.context.exit=onRefresh",
                "-jar", app.toString()));
        System.out.printf(Locale.ROOT, "BENCH startup_training_s %.1f s%n", (System.nanoTime() - trainingStart) / 1e9);

        List<Double> plain = new ArrayList<>();
        List<Double> cacheOnly = new ArrayList<>();
        List<Double> optimised = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plain.add(secondsToReady(work, app, List.of()));
            cacheOnly.add(secondsToReady(work, app, List.of("-XX:AOTCache=" + cache)));
            optimised.add(secondsToReady(work, app, List.of("-XX:AOTCache=" + cache, "-Dspring.aot.enabled=true")));
        }
        double plainS = median(plain);
        double optimisedS = median(optimised);
        System.out.printf(Locale.ROOT, "BENCH startup_plain_s %.1f s %s%n", plainS, plain);
        System.out.printf(Locale.ROOT, "BENCH startup_cache_only_s %.1f s %s%n", median(cacheOnly), cacheOnly);
        System.out.printf(Locale.ROOT, "BENCH startup_optimised_s %.1f s %s%n", optimisedS, optimised);
        System.out.printf(Locale.ROOT, "BENCH startup_ratio %.2f%n", optimisedS / plainS);
        System.out.printf(Locale.ROOT, "BENCH startup_cache_mb %d MB%n", Files.size(cache) / (1024 * 1024));
    }

    /** Starts the jar in a fresh folder and waits until readiness says UP; stops it again. */
    private static double secondsToReady(Path work, Path app, List<String> options) throws Exception {
        Path folder = Files.createTempDirectory(work, "start");
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", app.toString()));
        var builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile());
        builder.environment().put("PORT", String.valueOf(PORT));
        builder.environment().put("SPA_INITIAL_MANAGER_USERNAME", "manager");
        builder.environment().put("SPA_INITIAL_MANAGER_PASSWORD", "startup-benchmark-password");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        long start = System.nanoTime();
        Process process = builder.start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(1)).build();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The app stopped during start-up; see " + folder.resolve("log"));
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (Duration.ofNanos(System.nanoTime() - start).toSeconds() > 120) {
                    throw new IllegalStateException("Not ready after two minutes; see " + folder.resolve("log"));
                }
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void run(Path folder, List<String> command) throws Exception {
        var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("setup.log").toFile());
        builder.environment().put("SPA_INITIAL_MANAGER_USERNAME", "manager");
        builder.environment().put("SPA_INITIAL_MANAGER_PASSWORD", "startup-benchmark-password");
        builder.environment().put("PORT", String.valueOf(PORT));
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + folder.resolve("setup.log"));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Path findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("spa-kiosk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw package first"));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
