package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

/** Staff sign in through the real login form; the session id changes at sign-in (no fixation). */
class StaffSignInIT extends BrowserTest {

    @Test
    void the_desk_asks_for_sign_in_and_the_session_id_changes_after_it() {
        page.navigate(url("desk"));
        page.waitForURL("**/login");
        String before = sessionId();
        screenshot("staff-login");

        signIn("desk", "desk-demo-pass");
        page.waitForURL("**/desk**");
        assertThat(page.locator("h1")).hasText("Today at the desk");
        assertThat(sessionId()).isNotEqualTo(before);
        screenshot("desk");
    }

    @Test
    void a_wrong_password_shows_a_calm_message_and_keeps_the_visitor_out() {
        page.navigate(url("login"));
        signIn("desk", "not the password");
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Sign-in failed")).isVisible();
        screenshot("staff-login-failed");
        page.navigate(url("desk"));
        page.waitForURL("**/login");
    }

    @Test
    void a_manager_reaches_manage_and_signs_out() {
        page.navigate(url("manage"));
        page.waitForURL("**/login");
        signIn("manager", "manager-demo-pass");
        page.waitForURL("**/manage**");
        assertThat(page.locator("h1")).hasText("Manage the spa");
        page.getByText("Sign out").click();
        page.waitForURL(u -> !u.contains("/manage"));
        page.navigate(url("manage"));
        page.waitForURL("**/login");
    }

    private void signIn(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
