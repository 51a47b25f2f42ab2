package com.spakiosk.kiosk.ui;

import com.spakiosk.BenchMachine;
import com.spakiosk.menu.ui.TreatmentCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.spakiosk.Application;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The kiosk benchmark (a program): server time of a whole booking flow, and live heap per open
 * kiosk UI in the production jar with real browser sessions. Prints {@code BENCH} lines.
 */
public final class KioskBenchmark {

    public static void main(String[] args) throws Exception {
        BenchMachine.print();
        flowServerTime();
        uiHeap();
    }

    /** 200 whole flows (welcome to code), tap by tap on the server side (Karibu), on the demo spa. */
    static void flowServerTime() {
        try (var app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:kiosk-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--spring.profiles.active=demo", "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.spakiosk.kiosk"), app, UI::new));
            UI.getCurrent().navigate(KioskView.class);
            for (int i = 0; i < 100; i++) {
                flow(i); // warm-up: let the JIT compile the flow's code paths
            }
            long[] nanos = new long[200];
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                flow(100 + i);
                nanos[i] = System.nanoTime() - t0;
            }
            // The baseline in the same run: opening the menu and going back to the welcome, the
            // flow's biggest screen and no booking; the flow is about nine such taps and a booking.
            long[] menuNanos = new long[200];
            for (int i = 0; i < menuNanos.length; i++) {
                long t0 = System.nanoTime();
                KioskFlowTest.tap("Tap to start");
                _get(KioskView.class).startOver();
                menuNanos[i] = System.nanoTime() - t0;
            }
            MockVaadin.tearDown();
            Arrays.sort(nanos);
            Arrays.sort(menuNanos);
            print("kiosk_flow_server_ms_p50", String.format("%.1f", nanos[nanos.length / 2] / 1e6), "ms");
            print("kiosk_flow_server_ms_p95", String.format("%.1f", nanos[(int) (nanos.length * 0.95) - 1] / 1e6), "ms");
            print("kiosk_baseline_menu_and_back_ms_p50", String.format("%.1f", menuNanos[menuNanos.length / 2] / 1e6), "ms");
            print("kiosk_flow_over_baseline", String.format("%.1f",
                    (double) nanos[nanos.length / 2] / menuNanos[menuNanos.length / 2]), "x");
        }
    }

    /** One guest: start, a treatment, defaults, no screening answers, a time on one of the next six days, details, book. */
    static void flow(int guest) {
        KioskFlowTest.tap("Tap to start");
        var cards = _find(TreatmentCard.class);
        _click(cards.get(guest % cards.size()));
        KioskFlowTest.tap("Continue");
        KioskFlowTest.tap("Continue");
        var days = _find(Button.class, spec -> spec.withClasses("kiosk-day"));
        _click(days.get(1 + guest % (days.size() - 1)));
        var earliest = _find(Button.class, spec -> spec.withClasses("kiosk-earliest"));
        if (earliest.isEmpty()) {
            _get(KioskView.class).startOver();
            return;
        }
        _click(earliest.getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), "Guest" + guest);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mobile number")), "0151 2345 6789");
        KioskFlowTest.tap("Continue");
        KioskFlowTest.tap("Book now");
        KioskFlowTest.tap("Finish");
    }

    /** Live heap per kiosk UI: the production jar, 50 Chromium sessions each on a step of the flow. */
    static void uiHeap() throws Exception {
        Path jar = Files.list(Paths.get("target")).filter(p -> p.toString().matches(".*spa-kiosk-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Build the jar first (./mvnw -Pbench verify)"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("kiosk-bench");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=10", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:file:" + data.resolve("spa") + ";WRITE_DELAY=0",
                "--spring.profiles.active=demo", "--logging.level.root=warn").redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            waitForHealth(port);
            String base = "http://localhost:" + port + "/";
            try (Playwright playwright = Playwright.create()) {
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
                openSession(browser, base).close(); // warm the server
                long before = liveHeapKb(server.pid());
                List<com.microsoft.playwright.BrowserContext> sessions = new ArrayList<>();
                int count = 50;
                for (int i = 0; i < count; i++) {
                    sessions.add(openSession(browser, base));
                }
                long after = liveHeapKb(server.pid());
                print("kiosk_ui_sessions", count, "count");
                print("kiosk_ui_heap_kb", (after - before) / count, "kB");
                sessions.forEach(com.microsoft.playwright.BrowserContext::close);
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** A guest session left on the options step of a treatment (menu, draft and step in memory). */
    static com.microsoft.playwright.BrowserContext openSession(Browser browser, String base) {
        var context = browser.newContext();
        var page = context.newPage();
        page.navigate(base);
        page.getByText("Tap to start").click();
        page.locator(".treatment-card").first().click();
        page.locator(".kiosk-total").waitFor();
        return context;
    }

    static void waitForHealth(int port) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The production jar did not become healthy");
    }

    /** Heap in use after a full GC of the server process, via jcmd. */
    static long liveHeapKb(long pid) throws Exception {
        String jcmd = new File(System.getProperty("java.home"), "bin/jcmd").getPath();
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String text = String.join("\n", out.lines().toList());
            p.waitFor(60, TimeUnit.SECONDS);
            return text;
        }
    }

    static void print(String name, Object value, String unit) {
        System.out.println("BENCH " + name + " " + value + " " + unit);
    }
}
