package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Staff sign in through the real login form; the session id changes at sign-in (no fixation). */
class StaffSignInIT extends BrowserTest {

    @Test
    void the_desk_asks_for_sign_in_and_the_session_id_changes_after_it() {
        page.navigate(url("desk"));
        page.waitForURL("**/login");
        String before = sessionId();
        screenshot("staff-login");

        signInAsStaff("desk", "desk-demo-pass");
        page.waitForURL("**/desk**");
        assertThat(page.locator(".desk-calendar")).isVisible();
        assertThat(sessionId()).isNotEqualTo(before);
        screenshot("desk");
    }

    @Test
    void a_wrong_password_shows_a_calm_message_and_keeps_the_visitor_out() {
        page.navigate(url("login"));
        signInAsStaff("desk", "not the password");
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Sign-in failed")).isVisible();
        screenshot("staff-login-failed");
        page.navigate(url("desk"));
        page.waitForURL("**/login");
    }

    @Test
    void an_over_long_password_is_a_calm_sign_in_failure_not_a_server_error() {
        page.navigate(url("login"));
        signInAsStaff("manager", "я".repeat(40)); // 80 bytes: more than bcrypt can check
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Sign-in failed")).isVisible();
    }

    @Test
    void a_manager_reaches_manage_and_signs_out() {
        page.navigate(url("manage"));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL("**/manage**");
        assertThat(page.locator("h1")).hasText("Manage the spa");
        page.getByText("Sign out").click();
        page.waitForURL(u -> !u.contains("/manage"));
        page.navigate(url("manage"));
        page.waitForURL("**/login");
    }

    @Test
    void an_anonymous_visitor_of_an_unknown_address_gets_the_friendly_page_too() {
        page.navigate(url("no-such-page"));
        assertThat(page.locator("h1")).hasText("This page does not exist");
        assertThat(page).hasTitle("This page does not exist"); // axe: document-title
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the start")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start"))).isVisible();
    }

    @Test
    void only_the_health_probe_of_the_actuator_is_open() {
        var health = page.request().get(url("actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).contains("\"status\":\"UP\"");
        for (String closed : new String[] {"actuator", "actuator/env", "actuator/beans", "actuator/info", "h2-console"}) {
            var response = page.request().get(url(closed));
            // Not exposed: the path falls through to the app's own "no such page", never actuator JSON.
            assertThat(response.headers().get("content-type")).as(closed).doesNotContain("json");
            assertThat(response.text()).as(closed).doesNotContain("propertySources", "\"beans\"", "_links");
        }
    }

    @Test
    void a_signed_in_visitor_of_an_unknown_address_gets_a_friendly_page_and_the_way_back() {
        page.navigate(url("desk"));
        page.waitForURL("**/login");
        signInAsStaff("desk", "desk-demo-pass");
        page.waitForURL("**/desk**");
        page.navigate(url("no-such-page"));
        assertThat(page.locator("h1")).hasText("This page does not exist");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("not-found");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the start")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tap to start"))).isVisible();
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
