package com.spakiosk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.spakiosk.Application;
import com.spakiosk.BenchMachine;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.GuestBookingService;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The desk's push benchmark (a program): from a confirm on one app instance to the booking's
 * block visible in a desk open in Chromium on another, with real server push. With
 * {@code SPA_DB_HOST} set it runs two instances on that PostgreSQL (the change crosses by
 * LISTEN/NOTIFY); without, one instance on an in-memory H2 (confirm and desk on the same
 * instance). Each sample is confirmed, seen, then cancelled by the guest (and seen gone), so the
 * day never fills. Prints {@code BENCH} lines. Run after {@code package} (production bundle).
 */
public final class DeskPushBenchmark {

    static final int WARM_UP = 5;
    static final int SAMPLES = 60;

    public static void main(String[] args) {
        BenchMachine.print();
        boolean postgres = System.getenv("SPA_DB_HOST") != null;
        ConfigurableApplicationContext confirming = start(postgres);
        ConfigurableApplicationContext showing = postgres ? start(true) : confirming;
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            LocalDate day = DemoSpaIds.freshMonday();
            Page desk = LiveDesk.signedIn(browser.newContext().newPage(),
                    "http://localhost:" + showing.getEnvironment().getProperty("local.server.port") + "/",
                    "desk", "desk-demo-pass", day);
            BookingService bookings = confirming.getBean(BookingService.class);
            GuestBookingService guests = confirming.getBean(GuestBookingService.class);
            DemoSpaIds ids = confirming.getBean(DemoSpaIds.class);
            double[] ms = new double[SAMPLES];
            for (int i = -WARM_UP; i < SAMPLES; i++) {
                desk.waitForTimeout(300 + (i * 37) % 200); // past the broadcaster's minimum gap, not in step with it
                long since = System.nanoTime();
                Confirmation booked = LiveDesk.bookedAtTheKiosk(bookings, ids, day, "desk-push-bench-" + i);
                double took = LiveDesk.msUntilVisible(desk, booked.bookingId(), since);
                if (i >= 0) {
                    ms[i] = took;
                }
                guests.cancelForGuest(booked.referenceCode(), LiveDesk.GUEST_PHONE.substring(LiveDesk.GUEST_PHONE.length() - 4));
                LiveDesk.block(desk, booked.bookingId()).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(10_000));
            }
            Arrays.sort(ms);
            print("desk_push_instances", postgres ? "2 (PostgreSQL)" : "1 (H2)", "");
            print("desk_push_latency_ms_p50", String.format("%.0f", ms[SAMPLES / 2]), "ms");
            print("desk_push_latency_ms_p95", String.format("%.0f", ms[(int) Math.ceil(SAMPLES * 0.95) - 1]), "ms");
            print("desk_push_latency_ms_max", String.format("%.0f", ms[SAMPLES - 1]), "ms");
        } finally {
            if (showing != confirming) {
                showing.close();
            }
            confirming.close();
        }
    }

    static ConfigurableApplicationContext start(boolean postgres) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        if (postgres) {
            args.add("--spring.profiles.active=postgres,demo");
        } else {
            args.add("--spring.profiles.active=demo");
            args.add("--spring.datasource.url=jdbc:h2:mem:desk-push-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    static void print(String name, Object value, String unit) {
        System.out.println(("BENCH " + name + " " + value + " " + unit).strip());
    }
}
