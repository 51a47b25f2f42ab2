package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's day in Chromium on a laptop screen: the accessibility audit (WCAG 2.2 AA, staff
 * targets of at least 24 x 24 pixels) in both views and with a booking open, and a calendar that
 * fits six therapists on a 1366 x 768 screen and scrolls forty sideways with its headers in place.
 */
class DeskIT extends BrowserTest {

    @BeforeEach
    void signInAtTheDesk() {
        signInAtTheDeskOnALaptop();
    }

    @Test
    void the_day_passes_the_accessibility_audit_by_therapist_by_room_and_with_a_booking_open() {
        openADayWithBookings();
        Accessibility.auditStaffPage(page, "desk by therapist");
        screenshot("desk-by-therapist");

        page.locator(".desk-block:not(.status-held)").first().click();
        assertThat(page.locator(".desk-panel__facts")).isVisible();
        // Audited once the dialog has faded in: mid-animation its buttons' contrast reads too low.
        page.locator("vaadin-dialog-overlay[opened]:not([opening])").waitFor();
        Accessibility.auditStaffPage(page, "desk booking panel");
        screenshot("desk-booking-panel");
        page.keyboard().press("Escape");

        page.getByText("By room").click();
        page.waitForURL("**by=room");
        assertThat(page.locator(".desk-block").first()).isVisible();
        Accessibility.auditStaffPage(page, "desk by room");
        screenshot("desk-by-room");
    }

    @Test
    void the_reason_box_the_checkout_and_the_session_card_pass_the_accessibility_audit() {
        openADayWithBookings();
        var block = page.locator(".desk-block.status-confirmed:not(:has-text(\"Review\"))").first();
        String id = block.getAttribute("data-booking");
        block.click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel booking")).click();
        assertThat(page.locator(".desk-panel__reason")).isVisible();
        Accessibility.auditStaffPage(page, "desk cancel reason");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Back")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Check in")).click();
        assertThat(page.locator(".desk-panel__facts")).containsText("Arrived");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Start session")).click();
        assertThat(page.locator(".desk-panel__checkout")).isVisible();
        Accessibility.auditStaffPage(page, "desk checkout");
        screenshot("desk-checkout");
        page.keyboard().press("Escape");

        page.navigate(url("desk/card/" + id));
        assertThat(page.locator(".session-card__steps")).isVisible();
        Accessibility.auditStaffPage(page, "session card");
        screenshot("session-card");
    }

    @Test
    void six_therapists_fit_a_laptop_screen_and_forty_scroll_sideways_under_headers_that_stay() {
        openADayWithBookings();
        assertThat(scrollsSideways(6)).as("six columns scroll sideways at 1366 x 768").isFalse();
        assertThat(scrollsSideways(40)).as("forty columns scroll sideways").isTrue();
        assertThat(page.locator(".desk-header").first().evaluate("e => getComputedStyle(e).position"))
                .isEqualTo("sticky");
        assertThat(page.locator(".desk-time").first().evaluate("e => getComputedStyle(e).position"))
                .isEqualTo("sticky");
    }

    /** The calendar's own column rule, given that many therapist columns: does its frame scroll sideways? */
    private boolean scrollsSideways(int columns) {
        return (Boolean) page.evaluate("""
                columns => {
                  const grid = document.querySelector('.desk-calendar');
                  grid.style.gridTemplateColumns = grid.style.gridTemplateColumns
                      .replace(/repeat\\(\\d+,/, 'repeat(' + columns + ',');
                  const frame = document.querySelector('.desk-scroller');
                  return frame.scrollWidth > frame.clientWidth;
                }""", columns);
    }

    /** The demo spa books the next few days; the first of them with a booking that is not a hold. */
    private void openADayWithBookings() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin"));
        for (int i = 0; i < 4; i++, day = day.plusDays(1)) {
            page.navigate(url("desk/" + day));
            page.locator(".desk-calendar").waitFor();
            if (page.locator(".desk-block:not(.status-held)").count() > 0) {
                return;
            }
        }
        throw new AssertionError("The demo spa has no bookings in the next four days");
    }
}
