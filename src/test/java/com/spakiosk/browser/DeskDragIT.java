package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drag to move in the real browser: a block dragged to another therapist and time moves after
 * the confirm step; a drop on a time the engine does not allow is refused calmly.
 */
class DeskDragIT extends BrowserTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long book(String time) {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), "drag-it-" + time, BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), "drag-it-" + time, new Guest("Ines", null, "ines@example.org"), null);
        return held.bookingId();
    }

    void openDesk() {
        page.navigate(url("desk/" + monday));
        page.waitForURL("**/login");
        page.locator("input[name='username']").fill("desk");
        page.locator("input[name='password']").fill("desk-demo-pass");
        page.locator("vaadin-button:has-text('Sign in')").first().click();
        page.waitForURL("**/desk/**");
        assertThat(page.locator(".desk-calendar")).isVisible();
    }

    /**
     * Drags the block to where {@code time} lies in a therapist's column. Playwright's native drag
     * (mouse or dragTo) does not start an HTML5 drag in Debian's Chromium 150 here, so the test
     * dispatches the browser's own drag events (dragstart, dragenter, dragover, drop, dragend) with a
     * real DataTransfer; Flow's drag-and-drop connector and the drop listener run as in a real drag.
     * Before the drop it checks that the pointer's point hits the column's drop zone while a block is
     * dragged, so a drop over another block or shaded time reaches it (the layering in kiosk.css).
     */
    void drag(long bookingId, long therapistId, String time) {
        Locator block = page.locator(".desk-block[data-booking='" + bookingId + "']");
        Locator zone = page.locator(".desk-drop[data-column='" + therapistId + "']");
        zone.scrollIntoViewIfNeeded();
        int rows = Integer.parseInt(zone.evaluate("z => getComputedStyle(z).gridRowEnd").toString()) - 2;
        long row = Duration.between(DemoSpaIds.at(monday, "08:00"), DemoSpaIds.at(monday, time)).toMinutes() / 15;
        JSHandle transfer = page.evaluateHandle("() => new DataTransfer()");
        block.dispatchEvent("dragstart", Map.of("dataTransfer", transfer));
        page.waitForFunction("() => document.querySelector('.desk-calendar .v-dragged') !== null");
        BoundingBox to = zone.boundingBox();
        double x = to.x + to.width / 2;
        double y = to.y + to.height * (row + 0.5) / rows;
        assertThat(page.evaluate("([x, y]) => document.elementFromPoint(x, y).className", List.of(x, y)).toString())
                .contains("desk-drop");
        for (String type : List.of("dragenter", "dragover", "drop")) {
            zone.dispatchEvent(type, Map.of("dataTransfer", transfer, "clientX", x, "clientY", y));
        }
        block.dispatchEvent("dragend", Map.of("dataTransfer", transfer));
    }

    /** A time as the desk shows it (the UI speaks English, on the demo spa's clock). */
    String hm(String time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(ZoneId.of("Europe/Berlin")).format(DemoSpaIds.at(monday, time));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void a_block_dragged_to_another_therapist_and_time_moves_there_after_the_confirm() {
        long id = book("10:00");
        long mira = ids.therapist("MIRA");
        openDesk();
        drag(id, mira, "14:00");
        assertThat(page.getByText("Move this booking?")).isVisible();
        assertThat(page.getByText(hm("14:00") + "–" + hm("14:30") + ", with Mira Novak in Linden room?", new Page.GetByTextOptions())).isVisible();
        screenshot("desk-drag-confirm");
        button("Move").click();
        assertThat(page.getByText("The booking was moved.")).isVisible();
        Locator moved = page.locator(".desk-block[data-booking='" + id + "']");
        assertThat(moved).containsText(hm("14:00") + "–" + hm("14:30"));
        String column = page.locator(".desk-drop[data-column='" + mira + "']").evaluate("z => z.style.gridColumn").toString();
        assertThat(moved.evaluate("b => b.style.gridColumn").toString()).isEqualTo(column);
        assertThat(jdbc.queryForObject("select therapist_id from booking where id = ?", Long.class, id)).isEqualTo(mira);
        assertThat(jdbc.queryForObject("select starts_at from booking where id = ?", Instant.class, id))
                .isEqualTo(DemoSpaIds.at(monday, "14:00"));
        screenshot("desk-drag-moved");
    }

    @Test
    void a_drop_on_a_break_is_refused_calmly_and_the_block_stays() {
        long id = book("10:00");
        openDesk();
        drag(id, ids.therapist("ANNA"), "12:30");
        assertThat(page.getByText("It cannot go to " + hm("12:30") + ": the therapist does not work then (or is on a break)."))
                .isVisible();
        assertThat(page.getByText("Move this booking?")).not().isVisible();
        assertThat(page.locator(".desk-block[data-booking='" + id + "']")).containsText(hm("10:00") + "–" + hm("10:30"));
        assertThat(jdbc.queryForObject("select starts_at from booking where id = ?", Instant.class, id))
                .isEqualTo(DemoSpaIds.at(monday, "10:00"));
    }
}
