package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The manager's add-on pages in a real browser: the list and the editor pass the accessibility audit. */
class ManageAddOnsIT extends BrowserTest {

    @Test
    void the_add_on_list_and_editor_pass_the_accessibility_audit() {
        page.setViewportSize(1366, 900);
        page.navigate(url("manage/menu/add-ons"));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL(url -> !url.endsWith("/login"));
        page.navigate(url("manage/menu/add-ons"));
        assertThat(page.locator("vaadin-grid")).containsText("Hot stones");
        Accessibility.auditStaffPage(page, "manager's add-on list");
        screenshot("manage-add-ons");

        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Aromatherapy")).click();
        assertThat(page.locator(".manage-preview .addon-card").first()).isVisible();
        Accessibility.auditStaffPage(page, "manager's add-on editor");
        screenshot("manage-add-on-editor");
    }
}
