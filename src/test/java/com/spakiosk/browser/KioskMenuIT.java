package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KioskMenuIT extends BrowserTest {

    @Test
    void a_guest_sees_the_real_menu_as_large_cards_in_portrait() {
        page.navigate(url(""));
        assertThat(page.locator(".treatment-card")).hasCount(6);
        assertThat(page.locator(".treatment-card[data-code=RELAXING_FOOT] h3")).hasText("Relaxing foot ritual");
        assertThat(page.locator(".treatment-card__category").first()).hasText("Relaxing");
        screenshot("kiosk-menu-portrait");

        var box = page.locator(".treatment-card").first().boundingBox();
        assertThat(box.width).isGreaterThan(400);
        assertThat(box.height).isGreaterThanOrEqualTo(200);
        Object fontSize = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.treatment-card__summary')).fontSize)");
        assertThat(((Number) fontSize).doubleValue()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void the_menu_fits_a_landscape_screen_without_sideways_scrolling() {
        page.setViewportSize(1920, 1080);
        page.navigate(url(""));
        assertThat(page.locator(".treatment-card")).hasCount(6);
        screenshot("kiosk-menu-landscape");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Object lastCardBottom = page.evaluate("() => document.querySelector('.treatment-card:last-child').getBoundingClientRect().bottom");
        assertThat(((Number) lastCardBottom).doubleValue()).as("the whole menu fits one landscape screen")
                .isLessThanOrEqualTo(1080);
    }
}
