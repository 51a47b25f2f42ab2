package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The manager's staff accounts and settings pages, and everyone's change of password, in
 * Chromium: the accessibility audit (WCAG 2.2 AA, staff targets of at least 24 x 24 pixels) and
 * screenshots.
 */
class ManageAccountsIT extends BrowserTest {

    @Test
    void the_staff_settings_and_password_pages_pass_the_accessibility_audit() {
        page.setViewportSize(1366, 768);
        page.navigate(url("manage/staff"));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL("**/manage/staff**");
        assertThat(page.locator("h1")).hasText("Staff accounts");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("This is you")).waitFor();
        Accessibility.auditStaffPage(page, "staff accounts");
        screenshot("manage-staff");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New account")).click();
        page.waitForTimeout(600); // the dialog fades in; axe reads contrast mid-animation otherwise
        Accessibility.auditStaffPage(page, "new account dialog");
        screenshot("manage-staff-new");
        page.keyboard().press("Escape");

        page.navigate(url("manage/settings"));
        assertThat(page.locator("h1")).hasText("Opening hours and booking settings");
        Accessibility.auditStaffPage(page, "settings");
        screenshot("manage-settings");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password")).first().click();
        page.waitForURL("**/account/password**");
        assertThat(page.locator("h1")).hasText("Change your password");
        Accessibility.auditStaffPage(page, "change password");
    }
}
