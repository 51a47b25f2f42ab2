package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.spakiosk.menu.MenuService;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's editors in Chromium: a price changed in the editor reaches a kiosk open in
 * another browser on its next screen, and the treatment, screening and preview pages pass the
 * accessibility audit (WCAG 2.2 AA, staff targets of at least 24 x 24 pixels).
 */
class ManageIT extends BrowserTest {

    @Autowired MenuService menu;
    @Autowired JdbcTemplate jdbc;

    void signInAsManager(String path) {
        page.setViewportSize(1366, 900);
        page.navigate(url(path));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL(u -> !u.contains("/login"));
        if (!page.url().contains("/" + path)) {
            page.navigate(url(path));
        }
    }

    Locator button(Page on, String text) {
        return on.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void a_price_changed_by_the_manager_shows_at_a_kiosk_in_another_browser_on_its_next_screen() {
        long id = menu.findTreatment("PREVENTIVE").orElseThrow().getId();
        BrowserContext kioskContext = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1080, 1920).setLocale("en-GB"));
        BigDecimal before = menu.activeMenu().stream().filter(t -> t.id() == id).findFirst().orElseThrow()
                .fromPrice().amount();
        try {
            Page kiosk = kioskContext.newPage();
            kiosk.navigate(url(""));
            button(kiosk, "Tap to start").click();
            Locator card = kiosk.locator(".treatment-card[data-code=PREVENTIVE]");
            assertThat(card.locator(".treatment-card__price")).containsText(before.toPlainString());
            card.click();

            signInAsManager("manage/menu/treatment/" + id);
            Locator price = page.locator(".manage-durations__row vaadin-big-decimal-field input").first();
            price.fill("34.50");
            button(page, "Save price").first().click();
            assertThat(page.locator(".manage-history")).containsText("34.50");

            button(kiosk, "Back").first().click();
            assertThat(kiosk.locator(".treatment-card[data-code=PREVENTIVE] .treatment-card__price"))
                    .containsText("34.50");
        } finally {
            kioskContext.close();
            // Put the demo price back behind the editor's back (the test thread has no staff session).
            jdbc.update("update treatment_variant set price_amount = ? where treatment_id = ? and duration_minutes = 30",
                    before, id);
            jdbc.update("update resource_version set version = version + 1 where id = 1");
        }
    }

    @Test
    void the_treatment_screening_and_preview_pages_pass_the_accessibility_audit() {
        signInAsManager("manage/menu");
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.auditStaffPage(page, "treatment list");
        screenshot("manage-treatments");

        page.getByText("Lymphatic drainage", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.locator(".manage-preview .treatment-card")).hasCount(3);
        Accessibility.auditStaffPage(page, "treatment editor");
        screenshot("manage-treatment");

        page.navigate(url("manage/screening"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.auditStaffPage(page, "screening list");
        page.locator(".manage-item-name").first().click();
        assertThat(page.locator(".manage-rules__row").first()).isVisible();
        Accessibility.auditStaffPage(page, "question editor");
        screenshot("manage-question");

        page.navigate(url("manage/screening/preview"));
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("varicose")).click();
        assertThat(page.locator(".manage-preview__line").first()).isVisible();
        Accessibility.auditStaffPage(page, "screening preview");
        screenshot("manage-screening-preview");
    }

    @Test
    void the_rooms_room_editor_and_equipment_pages_pass_the_accessibility_audit() {
        signInAsManager("manage/rooms");
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.auditStaffPage(page, "rooms list");
        screenshot("manage-rooms");

        page.locator(".manage-item-name").first().click();
        assertThat(page.locator(".manage-room-blocks")).isVisible();
        Accessibility.auditStaffPage(page, "room editor");
        screenshot("manage-room");

        page.navigate(url("manage/equipment"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.auditStaffPage(page, "equipment");
        screenshot("manage-equipment");
    }

    @Test
    void the_menu_download_uploaded_with_a_new_price_is_summarised_before_import_and_the_page_passes_the_audit()
            throws Exception {
        signInAsManager("manage/menu/transfer");
        assertThat(page.getByText("Download the menu (JSON)")).isVisible();
        Accessibility.auditStaffPage(page, "menu export and import");
        var download = page.waitForDownload(() -> page.getByText("Download the menu (JSON)").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).matches("spa-menu-\\d{4}-\\d{2}-\\d{2}\\.json");
        String json = java.nio.file.Files.readString(download.path());
        var raised = java.nio.file.Files.createTempFile("spa-menu", ".json");
        java.nio.file.Files.writeString(raised, json.replaceFirst("\"price\" : 36.00", "\"price\" : 38.00"));

        page.locator("vaadin-upload input[type=file]").setInputFiles(raised);
        assertThat(page.getByText("Nothing has changed yet. Importing this file would:")).isVisible();
        assertThat(page.getByText("variant.30.price: 36.00 → 38.00")).isVisible();
        Accessibility.auditStaffPage(page, "menu import summary");
        screenshot("manage-menu-import");
        page.getByText("Discard", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Nothing has changed yet. Importing this file would:")).hasCount(0);
    }
}
