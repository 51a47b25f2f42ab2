package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production start the image uses: the jar with Spring's ahead-of-time bean definitions
 * ({@code -Dspring.aot.enabled=true}, made at build time by {@code process-aot}). Those fix the
 * context when the jar is built, so this checks in Chromium that such a start really serves the
 * kiosk, signs a manager in and shows the manager's pages, not only that it says "ready".
 * Runs under failsafe, after {@code package} built the jar; {@link AotStartPostgresIT} runs it on
 * a fresh PostgreSQL database, as the image does.
 */
class AotStartIT {

    private static final String MANAGER = "aot-manager";
    private static final String PASSWORD = "a first password for the aot start";

    @TempDir
    static Path folder;

    static FreshDatabase database;
    static Process app;
    static int port;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start_the_jar_with_the_ahead_of_time_context() throws Exception {
        port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(java.toString(), "-Dspring.aot.enabled=true", "-jar", jar().toString(),
                "--spring.main.banner-mode=off")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("SPA_INITIAL_MANAGER_USERNAME", MANAGER);
        builder.environment().put("SPA_INITIAL_MANAGER_PASSWORD", PASSWORD);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        if ("postgres".equals(System.getProperty("spa.test.database"))) {
            // A database of its own: the suite's holds the demo's accounts, whose published
            // passwords rightly stop a production start.
            database = new FreshDatabase("spakiosk_aot");
            builder.environment().putAll(database.environment());
            builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        }
        app = builder.start();
        awaitReadiness();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void the_ahead_of_time_start_says_so_in_its_log() throws IOException {
        assertThat(Files.readString(folder.resolve("log"))).contains("Starting AOT-processed Application");
    }

    @Test
    void the_kiosk_greets_a_guest() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1080, 1920))) {
            Page page = context.newPage();
            page.navigate(url(""));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")))
                    .isVisible();
        }
    }

    @Test
    void the_first_manager_signs_in_and_opens_the_menu_editor() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate(url("manage"));
            page.waitForURL("**/login");
            page.locator("input[name='username']").fill(MANAGER);
            page.locator("input[name='password']").fill(PASSWORD);
            page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
            page.waitForURL("**/manage**");
            assertThat(page.locator("h1")).hasText("Manage the spa");
            page.navigate(url("manage/menu"));
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.getByText("New treatment").first()).isVisible();
        }
    }

    private static void awaitReadiness() throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        var ready = HttpRequest.newBuilder(URI.create(url("actuator/health/readiness")))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The AOT start stopped:\n" + Files.readString(folder.resolve("log")));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Not ready after two minutes:\n" + Files.readString(folder.resolve("log")));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            return built.filter(p -> p.getFileName().toString().matches("spa-kiosk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run after package"))
                    .toAbsolutePath();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
