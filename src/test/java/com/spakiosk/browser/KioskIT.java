package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The guest's kiosk in a real Chromium, by taps, with a screenshot of every step under target/screenshots. */
class KioskIT extends BrowserTest {

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void start() {
        page.navigate(url(""));
        button("Tap to start").click();
        assertThat(page.locator(".treatment-card")).hasCount(6);
    }

    @Test
    void the_welcome_and_the_menu_look_right_in_portrait() {
        page.navigate(url(""));
        assertThat(button("Tap to start")).isVisible();
        screenshot("kiosk-1-welcome-portrait");
        Accessibility.audit(page, "welcome");
        button("Tap to start").click();
        assertThat(page.locator(".treatment-card")).hasCount(6);
        assertThat(page.locator(".treatment-card[data-code=RELAXING_FOOT] h3")).hasText("Relaxing foot ritual");
        screenshot("kiosk-2-menu-portrait");
        Accessibility.audit(page, "menu");
        var box = page.locator(".treatment-card").first().boundingBox();
        assertThat(box.width).isGreaterThan(400);
        Object fontSize = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.treatment-card__summary')).fontSize)");
        assertThat(((Number) fontSize).doubleValue()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void the_menu_fits_a_landscape_screen_without_sideways_scrolling() {
        page.setViewportSize(1920, 1080);
        start();
        screenshot("kiosk-2-menu-landscape");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Object lastCardBottom = page.evaluate("() => document.querySelector('.treatment-card:last-child').getBoundingClientRect().bottom");
        assertThat(((Number) lastCardBottom).doubleValue()).as("the whole menu fits one landscape screen")
                .isLessThanOrEqualTo(1080);
    }

    @Test
    void a_guest_books_tomorrow_by_taps_and_sees_the_code() {
        start();
        page.locator(".treatment-card[data-code=RELAXING_FOOT]").click();
        button("45 min · €48.00").click();
        page.locator(".addon-card[data-code=AROMATHERAPY]").click();
        assertThat(page.locator(".kiosk-total")).containsText("Total €57.00 · 45 min");
        screenshot("kiosk-3-options");
        Accessibility.audit(page, "options");
        button("Continue").click();
        assertThat(page.locator(".screening-question")).hasCount(14);
        screenshot("kiosk-4-screening");
        Accessibility.audit(page, "screening");
        button("Continue").click();
        button("Tomorrow").click();
        assertThat(button("Tomorrow")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".kiosk-earliest")).not().containsText("minutes");
        screenshot("kiosk-5-time");
        Accessibility.audit(page, "time");
        page.locator(".kiosk-earliest").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("First name")).fill("Emma");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mobile number")).fill("0151 2345 6789");
        screenshot("kiosk-6-details");
        Accessibility.audit(page, "details");
        button("Continue").click();
        assertThat(page.locator(".kiosk-review")).containsText("Aromatherapy (Lavender: calming)");
        screenshot("kiosk-7-review");
        Accessibility.audit(page, "review");
        button("Book now").click();
        assertThat(page.locator(".kiosk-code")).hasText(java.util.regex.Pattern.compile("^[2-9A-HJ-NP-Z]{6}$"));
        assertThat(page.locator(".kiosk-qr")).isVisible();
        screenshot("kiosk-8-done");
        Accessibility.audit(page, "done");
        button("Finish").click();
        assertThat(button("Tap to start")).isVisible();
    }

    @Test
    void the_steps_work_in_landscape_too() {
        page.setViewportSize(1920, 1080);
        start();
        page.locator(".treatment-card[data-code=PREVENTIVE]").click();
        page.locator(".addon-card[data-code=HOT_STONES]").click();
        screenshot("kiosk-3-options-landscape");
        Accessibility.audit(page, "options (landscape)");
        button("Continue").click();
        screenshot("kiosk-4-screening-landscape");
        Accessibility.audit(page, "screening (landscape)");
        button("Continue").click();
        button("Tomorrow").click();
        assertThat(button("Tomorrow")).hasAttribute("aria-pressed", "true");
        screenshot("kiosk-5-time-landscape");
        Accessibility.audit(page, "time (landscape)");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void a_guest_ruled_out_by_the_screening_is_told_kindly_and_offered_a_safe_treatment() {
        start();
        page.locator(".treatment-card[data-code=THERAPEUTIC]").click();
        button("Continue").click();
        page.locator(".screening-question[data-code=LEG_SKIN] .answer-yes").click();
        page.getByRole(AriaRole.CHECKBOX).check();
        button("Continue").click();
        assertThat(page.locator("h1")).hasText("Classical therapeutic massage is not suitable for you today");
        assertThat(page.locator(".treatment-card")).hasCount(1);
        screenshot("kiosk-blocked");
        Accessibility.audit(page, "not suitable");
    }

    @Test
    void the_guest_can_switch_to_german_and_russian() {
        page.navigate(url(""));
        button("Deutsch").click();
        assertThat(button("Tippen zum Starten")).isVisible();
        screenshot("kiosk-welcome-de");
        button("Русский").click();
        assertThat(button("Нажмите, чтобы начать")).isVisible();
        button("Нажмите, чтобы начать").click();
        assertThat(page.locator("h1")).hasText("Выберите процедуру");
        screenshot("kiosk-menu-ru");
    }

    @Test
    void the_audit_itself_catches_a_tiny_unlabelled_button() {
        page.navigate(url(""));
        assertThat(button("Tap to start")).isVisible();
        page.evaluate("() => { const b = document.createElement('button'); b.style.width = '20px';"
                + " b.style.height = '20px'; b.style.padding = '0'; document.body.prepend(b); }");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Accessibility.audit(page, "broken page"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("button-name");
    }

    @Test
    void the_audit_itself_catches_a_labelled_button_smaller_than_48_pixels() {
        page.navigate(url(""));
        assertThat(button("Tap to start")).isVisible();
        page.evaluate("() => { const b = document.createElement('button'); b.textContent = 'ok';"
                + " b.style.cssText = 'width:40px;height:40px;padding:0;margin:30px'; document.body.prepend(b); }");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Accessibility.audit(page, "small target"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("smaller than 48x48")
                .hasMessageContaining("40x40");
    }
}
