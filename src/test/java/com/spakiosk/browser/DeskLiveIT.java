package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.scheduling.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two desks in two browsers, signed in as two staff members, both showing the same day. A
 * booking confirmed elsewhere (here through the booking service, as the kiosk does) appears on
 * both within a second, by server push: no reload, and the panel open on one desk stays open.
 */
class DeskLiveIT extends BrowserTest {

    static final double ONE_SECOND_MS = 1000;
    /** Playwright sees Vaadin's dialog overlay as hidden, so ask the dialog itself. */
    static final String PANEL_OPEN = "() => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)";

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    final LocalDate monday = DemoSpaIds.freshMonday();

    /**
     * A kiosk guest holds the first free time from 09:00 on (any therapist, any room) and confirms;
     * returns the booking's id.
     */
    long bookedAtTheKiosk(String owner) {
        var request = new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                DemoSpaIds.at(monday, "09:00"), null, null, owner, BookingChannel.KIOSK, Set.of());
        HoldOutcome outcome = bookings.hold(request);
        if (outcome instanceof HoldOutcome.JustTaken taken) {
            Slot free = taken.nextFree().getFirst();
            outcome = bookings.hold(new HoldRequest(request.treatmentId(), request.variantId(), List.of(), free.start(),
                    free.therapistId(), free.roomId(), owner, BookingChannel.KIOSK, Set.of()));
        }
        var held = (HoldOutcome.Held) outcome;
        bookings.confirm(held.bookingId(), owner, new Guest("Emma", "+4915123456789", null), null);
        return held.bookingId();
    }

    Page signedInDesk(Page desk, String username, String password) {
        desk.navigate(url("login"));
        desk.locator("input[name='username']").fill(username);
        desk.locator("input[name='password']").fill(password);
        desk.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
        desk.waitForURL(u -> !u.contains("/login"));
        desk.navigate(url("desk/" + monday));
        desk.locator(".desk-calendar").waitFor();
        return desk;
    }

    static Locator block(Page desk, long bookingId) {
        return desk.locator(".desk-block[data-booking='" + bookingId + "']");
    }

    /** Milliseconds from now until the booking's block is visible on the desk (fails after 10 s). */
    static double msUntilVisible(Page desk, long bookingId, long since) {
        block(desk, bookingId).waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        return (System.nanoTime() - since) / 1e6;
    }

    @Test
    void a_kiosk_booking_appears_on_two_open_desks_within_a_second_and_an_open_panel_stays_open() {
        Page first = signedInDesk(page, "desk", "desk-demo-pass");
        BrowserContext otherContext = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("en-GB"));
        try {
            Page second = otherContext.newPage();
            second.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    cspViolations.add("second desk: " + m.text());
                }
            });
            signedInDesk(second, "manager", "manager-demo-pass");

            long warmUp = bookedAtTheKiosk("desk-live-it-0");
            msUntilVisible(first, warmUp, System.nanoTime());
            msUntilVisible(second, warmUp, System.nanoTime());
            block(first, warmUp).click();
            first.waitForFunction(PANEL_OPEN);

            long since = System.nanoTime();
            long booked = bookedAtTheKiosk("desk-live-it-1");
            double onFirst = msUntilVisible(first, booked, since);
            double onSecond = msUntilVisible(second, booked, since);
            assertThat(onFirst).as("ms until the first desk shows it").isLessThanOrEqualTo(ONE_SECOND_MS);
            assertThat(onSecond).as("ms until the second desk shows it").isLessThanOrEqualTo(ONE_SECOND_MS);
            assertThat(block(first, booked)).containsText("Emma");
            assertThat((Boolean) first.evaluate(PANEL_OPEN)).as("the panel is still open").isTrue();
            screenshot("desk-live-panel-open");
            assertThat(first.url()).endsWith("/desk/" + monday);
        } finally {
            otherContext.close();
        }
    }

    /**
     * The figure of the benchmark, measured where Chromium runs real push: from a confirm to the
     * block visible on an open desk, 20 times after a warm-up. Prints BENCH lines.
     */
    @Test
    void push_latency_from_a_confirm_to_the_block_on_an_open_desk() {
        Page desk = signedInDesk(page, "desk", "desk-demo-pass");
        msUntilVisible(desk, bookedAtTheKiosk("desk-live-bench-warm"), System.nanoTime());
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // wait out the broadcaster's minimum gap, so that each sample is a fresh change
            desk.waitForTimeout(300);
            long since = System.nanoTime();
            long booked = bookedAtTheKiosk("desk-live-bench-" + i);
            ms.add(msUntilVisible(desk, booked, since));
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf("BENCH desk_push_latency_ms_p50 %.0f ms%n", p50);
        System.out.printf("BENCH desk_push_latency_ms_p95 %.0f ms%n", p95);
        System.out.println("BENCH desk_push_samples " + Arrays.toString(sorted));
        assertThat(p95).isLessThanOrEqualTo(ONE_SECOND_MS);
    }
}
