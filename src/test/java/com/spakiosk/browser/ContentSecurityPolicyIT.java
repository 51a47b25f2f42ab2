package com.spakiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The production bundle runs under the Content-Security-Policy: every browser test fails on a
 * violation (BrowserTest), and this test shows that the detector does catch one.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    @Test
    void the_detector_catches_an_image_from_another_origin() {
        page.navigate(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")).waitFor();
        page.evaluate("() => { const img = new Image(); img.src = 'https://example.invalid/tracker.png';"
                + " document.body.appendChild(img); }");
        // both witnesses report it: the page's violation event and Chromium's console
        page.waitForCondition(() -> cspViolations.stream().anyMatch(v -> v.startsWith("img-src"))
                && cspViolations.stream().anyMatch(v -> v.startsWith("console:")));
        assertThat(cspViolations).anySatisfy(v -> assertThat(v).contains("example.invalid"));
        cspViolations.clear(); // caught on purpose: do not fail this test for it
    }

    @Test
    void the_kiosk_and_the_sign_in_page_run_with_no_violation() {
        page.navigate(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")).click();
        page.navigate(url("desk"));
        page.waitForURL("**/login");
        page.locator("input[name='username']").fill("desk");
        page.locator("input[name='password']").fill("desk-demo-pass");
        page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
        page.waitForURL("**/desk**");
        page.locator("h1").waitFor();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_pages_cannot_be_framed_by_another_site() {
        var response = page.request().get(url("login"));
        assertThat(response.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_hidden_from_scripts() {
        page.navigate(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start")).waitFor();
        var cookie = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
        assertThat(cookie.httpOnly).isTrue();
    }
}
