package com.spakiosk.browser;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child process the load-balancer test starts and stops: the production jar (or HAProxy), with
 * its output in a log file that a failure names. {@link #kill()} is {@code kill -9}: no shutdown
 * hook, no graceful drain, as when a box loses power.
 */
final class ChildProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ChildProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code command} in {@code folder} (created empty) with {@code environment} added to ours. */
    static ChildProcess start(String name, int port, Path folder, List<String> command, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(folder);
        Path log = folder.resolve(name + ".log");
        var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(environment);
        return new ChildProcess(name, port, log, builder.start());
    }

    /** The production jar that {@code package} built, as an operator starts it: {@code java -jar}. */
    static List<String> javaJar(List<String> arguments) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar;
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            jar = built.filter(p -> p.getFileName().toString().matches("spa-kiosk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run after package"))
                    .toAbsolutePath();
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:+UseG1GC", "-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until {@code path} answers 200 (the readiness probe, for an app or through the proxy). */
    ChildProcess awaitOk(String path, Duration limit) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + limit + "; see " + log);
    }

    /** {@code kill -9}, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
