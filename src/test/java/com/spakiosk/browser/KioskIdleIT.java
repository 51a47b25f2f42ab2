package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A guest walks away in the middle of a booking: the real browser's idle timer warns, counts
 * down, and the kiosk starts over with nothing of the guest in the page, storage or history.
 */
@TestPropertySource(properties = "spa.kiosk.idle-warning-after=2s")
class KioskIdleIT extends BrowserTest {

    @Test
    void a_guest_who_walks_away_is_warned_and_then_forgotten() {
        page.navigate(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deutsch")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tippen zum Starten")).click();
        page.locator(".treatment-card[data-code=LYMPHATIC]").click();
        assertThat(page.locator("h1")).hasText("Lymphdrainage");
        String sessionBefore = sessionId();

        assertThat(page.getByText("Sind Sie noch da?")).isVisible(new com.microsoft.playwright.assertions
                .LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        screenshot("kiosk-idle-warning");
        page.waitForTimeout(1_000);
        assertThat(page.getByText("Sind Sie noch da?")).isVisible();

        // 20 seconds of countdown, then a fresh start page in English.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("body")).not().containsText("Lymphdrainage");
        assertThat(sessionId()).isNotEqualTo(sessionBefore);
        Object storage = page.evaluate("() => localStorage.length + sessionStorage.length");
        assertThat(((Number) storage).intValue()).isZero();
        Object history = page.evaluate("() => history.length");
        assertThat(((Number) history).intValue()).isLessThanOrEqualTo(2); // the first load and the fresh start only
    }

    @Test
    void i_am_still_here_keeps_the_guest_choice() {
        page.navigate(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")).click();
        page.locator(".treatment-card[data-code=LYMPHATIC]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I am still here"))
                .click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(10_000));
        assertThat(page.locator("h1")).hasText("Lymphatic drainage");
        assertThat(page.locator(".kiosk-total")).containsText("Total €46.00 · 30 min");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }
}
