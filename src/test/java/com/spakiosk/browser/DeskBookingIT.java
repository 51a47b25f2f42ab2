package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's booking dialog and guests page in Chromium: the accessibility audit (WCAG 2.2 AA,
 * staff targets of at least 24 x 24 pixels) and screenshots.
 */
class DeskBookingIT extends BrowserTest {

    @BeforeEach
    void signInAtTheDesk() {
        signInAtTheDeskOnALaptop();
    }

    @Test
    void the_new_booking_dialog_and_the_walk_in_dialog_pass_the_accessibility_audit() {
        page.locator(".desk-calendar").waitFor();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New booking")).click();
        assertThat(page.locator(".desk-new-section").first()).isVisible();
        page.waitForTimeout(600); // the dialog fades in; axe reads contrast mid-animation otherwise
        Accessibility.auditStaffPage(page, "desk new booking");
        screenshot("desk-new-booking");
        page.keyboard().press("Escape");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Walk-in now")).click();
        assertThat(page.locator(".desk-new-section").first()).isVisible();
        page.waitForTimeout(600);
        Accessibility.auditStaffPage(page, "desk walk-in");
    }

    @Test
    void the_guests_page_with_a_guest_open_passes_the_accessibility_audit() {
        page.navigate(url("desk/guests"));
        page.locator("vaadin-text-field").first().locator("input").fill("Emma");
        page.locator(".desk-guest-result").first().click();
        assertThat(page.locator(".desk-guest-counts")).isVisible();
        Accessibility.auditStaffPage(page, "desk guests");
        screenshot("desk-guests");
    }
}
