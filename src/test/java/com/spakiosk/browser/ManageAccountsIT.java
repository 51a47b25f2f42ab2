package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The manager's staff accounts and settings pages, and everyone's change of password, in
 * Chromium: the accessibility audit (WCAG 2.2 AA, staff targets of at least 24 x 24 pixels) and
 * screenshots.
 */
class ManageAccountsIT extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

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

        page.navigate(url("manage/therapists"));
        assertThat(page.locator("h1")).hasText("Therapists");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Anna Keller")).waitFor();
        Accessibility.auditStaffPage(page, "therapists");
        screenshot("manage-therapists");
        page.locator("a", new Page.LocatorOptions().setHasText("Anna Keller")).click();
        page.waitForURL("**/manage/therapists/*");
        assertThat(page.locator("h1")).hasText("Anna Keller");
        Accessibility.auditStaffPage(page, "therapist editor");
        screenshot("manage-therapist-editor");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password")).first().click();
        page.waitForURL("**/account/password**");
        assertThat(page.locator("h1")).hasText("Change your password");
        Accessibility.auditStaffPage(page, "change password");
    }

    /**
     * The whole life of an account in the real browser and servlet container: a manager creates
     * it, its owner must choose a password before anything else and then keeps working, and once
     * the manager disables it the owner's very next request finds the session ended.
     */
    @Test
    void a_new_account_chooses_its_password_first_and_is_signed_out_when_disabled() {
        String username = "it-desk-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String first = "violet harbour tractor 58 quilt";
        String own = "copper meadow lantern 71 fig";
        page.setViewportSize(1366, 768);
        page.navigate(url("manage/staff"));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL("**/manage/staff**");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New account")).click();
        page.getByLabel("Username", EXACT).fill(username);
        page.getByLabel("Name", EXACT).fill("Browser desk");
        page.getByLabel("First password", EXACT).fill(first);
        page.getByLabel("Repeat the new password", EXACT).fill(first);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create account")).click();
        assertThat(page.locator(".accounts-status")).containsText(username);

        BrowserContext deskContext = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("en-GB"));
        try {
            Page desk = deskContext.newPage();
            desk.navigate(url("desk"));
            desk.waitForURL("**/login");
            desk.locator("input[name='username']").fill(username);
            desk.locator("input[name='password']").fill(first);
            desk.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
            assertThat(desk.locator("h1")).hasText("Change your password");
            desk.navigate(url("desk/guests"));
            assertThat(desk.locator("h1")).hasText("Change your password");
            Accessibility.auditStaffPage(desk, "required password change");

            desk.getByLabel("Current password", EXACT).fill(first);
            desk.getByLabel("New password", EXACT).fill(own);
            desk.getByLabel("Repeat the new password", EXACT).fill(own);
            desk.locator(".password-save").click();
            desk.waitForURL("**/desk**");
            desk.locator(".desk-calendar").waitFor();
            desk.navigate(url("desk/guests"));
            assertThat(desk.locator("h1")).hasText("Guests");

            page.reload();
            page.locator(".account-actions vaadin-button[aria-label='Disable: " + username + "']").click();
            assertThat(page.locator(".accounts-status")).containsText("is disabled");

            desk.navigate(url("desk"));
            desk.waitForURL("**/login**");
        } finally {
            deskContext.close();
        }
    }
}
