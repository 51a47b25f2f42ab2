package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.spakiosk.OverlapQueries;
import com.spakiosk.TestProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two production jars on one fresh PostgreSQL database behind Debian's HAProxy with sticky
 * sessions, configured by deploy/haproxy.cfg (the compose profile's file), driven in Chromium
 * (issue 11, point 2; docs/decisions/0018-two-instances.md). The tests are one story in order:
 * guests land on both instances and book; a desk on a sees b's booking live; b dies mid-flow.
 * Runs in the PostgreSQL suite (./mvnw verify -Ppostgres) after package, with haproxy installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancerPostgresIT {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final Path WORK = Path.of("target", "load-balancer");
    static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
    /** Short holds and a quick sweeper, so that a dead instance's holds visibly expire within the test. */
    static final List<String> QUICK_HOLDS = List.of("--spa.booking.hold-ttl=30s", "--spa.booking.sweep-interval=2s");

    FreshDatabase database;
    ChildProcess a;
    ChildProcess b;
    ChildProcess proxy;
    Playwright playwright;
    Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();
    final Map<String, List<Page>> kiosksOn = new HashMap<>();
    Page desk;
    String codeOnA;
    String codeOnB;

    @BeforeAll
    void start_a_database_two_instances_and_the_proxy() throws Exception {
        if (!TestProfiles.onPostgres()) {
            throw new IllegalStateException("Run with -Ppostgres: this test needs a PostgreSQL server");
        }
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("This test needs Debian's HAProxy: apt-get install -y haproxy");
        }
        database = new FreshDatabase("spakiosk_lb");
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("SPRING_PROFILES_ACTIVE", "demo,postgres");
        // One after the other: the first instance migrates the empty database and loads the demo spa
        // into it; the second finds it there (two first starts at once would both try).
        a = startApp("a", env);
        b = startApp("b", env);
        int lbPort = ChildProcess.freePort();
        proxy = ChildProcess.start("haproxy", lbPort, WORK, List.of(HAPROXY.toString(), "-db", "-f",
                Path.of("deploy", "haproxy.cfg").toAbsolutePath().toString()), Map.of(
                "SPA_LB_BIND", "127.0.0.1:" + lbPort,
                "SPA_APP_A", "127.0.0.1:" + a.port, "SPA_APP_B", "127.0.0.1:" + b.port));
        proxy.awaitOk("actuator/health/readiness", Duration.ofSeconds(20));
        playwright = Playwright.create();
        browser = BrowserTest.chromium(playwright);
    }

    private static ChildProcess startApp(String name, Map<String, String> env) throws Exception {
        int port = ChildProcess.freePort();
        Map<String, String> own = new HashMap<>(env);
        own.put("PORT", String.valueOf(port));
        List<String> arguments = new ArrayList<>(QUICK_HOLDS);
        arguments.add("--spring.main.banner-mode=off");
        return ChildProcess.start(name, port, WORK.resolve(name), ChildProcess.javaJar(arguments), own)
                .awaitOk("actuator/health/readiness", Duration.ofSeconds(120));
    }

    @AfterAll
    void stop_everything() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {playwright, proxy, b, a, database}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void kiosk_guests_land_on_both_instances_and_each_books_on_its_own() {
        while (kiosksOn.getOrDefault("a", List.of()).isEmpty() || kiosksOn.getOrDefault("b", List.of()).size() < 2) {
            assertThat(contexts).as("round robin gives both instances guests").hasSizeLessThan(8);
            Page kiosk = newContext(1080, 1920).newPage();
            Response first = kiosk.navigate(proxy.url(""));
            button(kiosk, "Tap to start").click();
            assertThat(first.headerValue("x-spa-instance")).as("the proxy names the instance it chose")
                    .isEqualTo(instanceOf(kiosk));
            kiosksOn.computeIfAbsent(instanceOf(kiosk), k -> new ArrayList<>()).add(kiosk);
        }
        codeOnA = book(kiosksOn.get("a").getFirst(), "Lena", "0151 7654 3201");
        Page staysOnB = kiosksOn.get("b").get(1);
        holdAndReview(staysOnB, "Mira", "0151 7654 3203");
        assertThat(instanceOf(kiosksOn.get("a").getFirst())).isEqualTo("a");
        assertThat(instanceOf(staysOnB)).as("sticky: every step on the same instance").isEqualTo("b");
        assertThat(codeOnA).matches("[2-9A-HJ-NP-Z]{6}");
    }

    @Test
    @Order(2)
    void a_desk_on_instance_a_sees_a_kiosk_booking_made_on_instance_b_appear_live() {
        BrowserContext deskContext = newContext(1366, 768);
        deskContext.addCookies(List.of(new Cookie("SERVERID", "a").setUrl(proxy.url(""))));
        desk = LiveDesk.signedIn(deskContext.newPage(), proxy.url(""), "desk", "desk-demo-pass", TOMORROW);
        assertThat(instanceOf(desk)).isEqualTo("a");

        Page kiosk = kiosksOn.get("b").getFirst();
        holdAndReview(kiosk, "Zora", "0151 7654 3202");
        long since = System.nanoTime();
        button(kiosk, "Book now").click();
        desk.locator(".desk-block:not(.status-held)", new Page.LocatorOptions().setHasText("Zora"))
                .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        double ms = (System.nanoTime() - since) / 1e6;
        codeOnB = bookingCode(kiosk);
        System.out.printf("BENCH lb_desk_sees_other_instance_ms %.0f ms (from the guest's tap on Book now)%n", ms);
        assertThat(ms).as("ms until the desk on a shows b's booking (LISTEN/NOTIFY, push)").isLessThan(5_000);
        assertThat(instanceOf(kiosk)).isEqualTo("b");
        desk.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("lb-desk-on-a.png")));
    }

    @Test
    @Order(3)
    void when_instance_b_dies_its_guests_start_again_calmly_on_a_and_nothing_is_half_written() throws Exception {
        Page midFlow = kiosksOn.get("b").get(1);
        b.kill();
        try {
            button(midFlow, "Book now").click(new Locator.ClickOptions().setTimeout(5_000));
        } catch (PlaywrightException startedAgainAlready) {
            // The page may notice first (its push connection to b broke, the reconnect reached a) and start again.
        }
        for (Page guest : kiosksOn.get("b")) {
            assertThat(button(guest, "Tap to start")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(guest.locator("body")).not().containsText("Nothing was changed"); // the error page's words
            assertThat(instanceOf(guest)).as("the proxy sent the guest to the instance still alive").isEqualTo("a");
        }
        // Zora saw her code (her done screen would go back to the welcome by itself); Mira was reviewing:
        assertThat(midFlow.locator(".kiosk-start-again")).hasText("Sorry, we had to start again. If you did not see"
                + " a booking code, nothing was booked: please tap to start.");
        midFlow.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("lb-start-again-on-a.png")));
        // The desk on a keeps working, and the guests on a were never touched.
        assertThat(desk.locator(".desk-block", new Page.LocatorOptions().setHasText("Lena"))).isVisible();

        try (Connection sql = database.connect()) {
            // The held time of the guest who was reviewing on b blocks her slot only until it runs out; then
            // a's sweeper marks it expired. Nothing of her details was written: they travel with the confirm.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (count(sql, "select count(*) from booking where status = 'HELD'") > 0) {
                assertThat(System.nanoTime()).as("holds left by the dead instance expire").isLessThan(deadline);
                Thread.sleep(500);
            }
            assertThat(count(sql, "select count(*) from booking where guest_first_name = 'Mira' or guest_phone like '%3203'"))
                    .isZero();
            assertThat(count(sql, "select count(*) from guest where first_name = 'Mira'")).isZero();
            assertThat(count(sql, "select count(*) from booking where status = 'EXPIRED' and created_at > now() - interval '5 minutes'"))
                    .as("her hold, expired").isGreaterThanOrEqualTo(1);
            for (String code : List.of(codeOnA, codeOnB)) {
                assertThat(count(sql, "select count(*) from booking b join guest g on g.id = b.guest_id "
                        + "where b.status = 'CONFIRMED' and b.reference_code = '" + code + "' and exists "
                        + "(select 1 from booking_history h where h.booking_id = b.id)")).as(code).isOne();
            }
            assertThat(count(sql, "select count(*) from guest g where not exists (select 1 from booking b where b.guest_id = g.id)"))
                    .as("guests without a booking").isZero();
            assertThat(count(sql, OverlapQueries.OVERLAPPING_PAIRS)).isZero();
        }
    }

    private BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        return context;
    }

    /** The instance that HAProxy's cookie sticks this page's browser to. */
    private static String instanceOf(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("SERVERID")).map(c -> c.value)
                .findFirst().orElse("none");
    }

    /** From the menu: the first duration of the relaxing ritual, tomorrow's earliest time, the details, the review. */
    private static void holdAndReview(Page kiosk, String firstName, String phone) {
        try {
            tapToReview(kiosk, firstName, phone);
        } catch (RuntimeException e) {
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("lb-failed-" + firstName + ".png")));
            throw e;
        }
    }

    private static void tapToReview(Page kiosk, String firstName, String phone) {
        kiosk.locator(".treatment-card[data-code=RELAXING_FOOT]").click();
        kiosk.locator(".kiosk-choices .kiosk-choice").first().click();
        kiosk.locator(".kiosk-next").click();
        // Wait for the screening itself: the options' own Continue may still be on the page for a moment.
        kiosk.locator(".screening-question").first().waitFor();
        button(kiosk, "Continue").click();
        button(kiosk, "Tomorrow").click();
        settled(kiosk); // the day's times are drawn anew: tap the new earliest, not the one going away
        kiosk.locator(".kiosk-earliest").click();
        kiosk.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("First name")).fill(firstName);
        kiosk.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mobile number")).fill(phone);
        button(kiosk, "Continue").click();
        kiosk.locator(".kiosk-review").waitFor();
    }

    /** Waits until Vaadin's client has no request under way (what TestBench's waitForVaadin does). */
    private static void settled(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    private static String book(Page kiosk, String firstName, String phone) {
        holdAndReview(kiosk, firstName, phone);
        button(kiosk, "Book now").click();
        return bookingCode(kiosk);
    }

    private static String bookingCode(Page kiosk) {
        assertThat(kiosk.locator(".kiosk-code")).hasText(Pattern.compile("^[2-9A-HJ-NP-Z]{6}$"));
        return kiosk.locator(".kiosk-code").textContent().trim();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long count(Connection sql, String query) throws Exception {
        try (var rs = sql.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
