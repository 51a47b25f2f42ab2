package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared screen forgets, in a real browser: a found booking is wiped like any guest screen,
 * the done screen's timer dies with it, and Cancel acts on the booking found, whatever a
 * tampered page sends afterwards.
 */
@TestPropertySource(properties = "spa.kiosk.idle-warning-after=4s")
class KioskPrivacyIT extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
    private static final LocatorAssertions.IsVisibleOptions AFTER_COUNTDOWN =
            new LocatorAssertions.IsVisibleOptions().setTimeout(35_000);

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    /** A confirmed booking far ahead, for Ines with a phone ending in 6789; its code. */
    String bookFarAhead() {
        String owner = "privacy-it-" + UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("LYMPHATIC").id(),
                ids.variant("LYMPHATIC", 30), List.of(), DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"),
                ids.therapist("ANNA"), ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null).referenceCode();
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    void findMyBooking(String code) {
        page.navigate(url(""));
        button("Find my booking").click();
        page.getByLabel("Booking code").fill(code);
        page.getByLabel("Last 4 digits of your phone number, or your e-mail").fill("6789");
        button("Find").click();
        assertThat(page.getByText("Your booking is confirmed.")).isVisible();
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

    @Test
    void a_found_booking_left_on_screen_is_wiped_with_a_new_session() {
        findMyBooking(bookFarAhead());
        String before = sessionId();
        assertThat(page.getByText("Are you still there?")).isVisible(SOON);
        screenshot("kiosk-find-idle-warning");
        assertThat(button("Tap to start")).isVisible(AFTER_COUNTDOWN);
        assertThat(page.locator("body")).not().containsText("Your booking is confirmed.");
        assertThat(sessionId()).isNotEqualTo(before);
    }

    @Test
    void after_finish_the_next_guest_gets_the_whole_countdown_and_then_a_new_session() {
        page.navigate(url(""));
        button("Tap to start").click();
        page.locator(".treatment-card[data-code=RELAXING_FOOT]").click();
        assertThat(page.locator(".kiosk-total")).isVisible();
        button("Continue").click();
        assertThat(page.locator(".screening-question")).hasCount(14);
        button("Continue").click();
        page.locator(".kiosk-earliest").click();
        page.getByLabel("First name").fill("Emma");
        page.getByLabel("E-mail").fill("emma@example.org");
        button("Continue").click();
        assertThat(page.locator(".kiosk-review")).isVisible();
        button("Book now").click();
        assertThat(page.locator(".kiosk-code")).isVisible();
        button("Finish").click();

        button("Tap to start").click();
        page.locator(".treatment-card[data-code=LYMPHATIC]").click();
        String before = sessionId();
        assertThat(page.getByText("Are you still there?")).isVisible(SOON);
        page.waitForTimeout(5_000); // the stale done-screen timer used to reset the kiosk after about a second
        assertThat(page.getByText("Are you still there?")).isVisible();
        assertThat(page.locator("h1")).hasText("Lymphatic drainage");
        assertThat(button("Tap to start")).isVisible(AFTER_COUNTDOWN);
        assertThat(sessionId()).isNotEqualTo(before);
    }

    @Test
    void cancel_acts_on_the_booking_found_even_when_a_tampered_page_sends_another_code() {
        String found = bookFarAhead();
        String other = bookFarAhead();
        findMyBooking(found);
        Locator codeField = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Booking code"));
        assertThat(page.getByLabel("Booking code")).not().isEditable();
        // A script makes the field writable again and sends the other booking's code to the server.
        codeField.evaluate("(field, code) => { field.readonly = false; field.value = code;"
                + " field.dispatchEvent(new CustomEvent('change', { bubbles: true })); }", other);
        button("Cancel this booking").click();
        assertThat(page.getByText("Your booking is cancelled. We hope to see you another time.")).isVisible();
        assertThat(status(found)).isEqualTo("CANCELLED");
        assertThat(status(other)).isEqualTo("CONFIRMED");
    }

    private String status(String code) {
        return jdbc.queryForObject("select status from booking where reference_code = ?", String.class, code);
    }
}
