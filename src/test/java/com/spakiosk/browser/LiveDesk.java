package com.spakiosk.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.scheduling.Slot;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the live-desk test and benchmark do: sign a desk in on a day, book as the kiosk does, watch a block. */
final class LiveDesk {

    static final String GUEST_PHONE = "+4915123456789";

    private LiveDesk() {
    }

    /** Signs in on the login page of {@code base} and opens the desk on {@code day}. */
    static Page signedIn(Page desk, String base, String username, String password, LocalDate day) {
        desk.navigate(base + "login");
        desk.locator("input[name='username']").fill(username);
        desk.locator("input[name='password']").fill(password);
        desk.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
        desk.waitForURL(u -> !u.contains("/login"));
        desk.navigate(base + "desk/" + day);
        desk.locator(".desk-calendar").waitFor();
        return desk;
    }

    /**
     * A kiosk guest holds the first free time of {@code day} from 09:00 on (any therapist, any
     * room) and confirms it.
     */
    static Confirmation bookedAtTheKiosk(BookingService bookings, DemoSpaIds ids, LocalDate day, String owner) {
        var request = new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                DemoSpaIds.at(day, "09:00"), null, null, owner, BookingChannel.KIOSK, Set.of());
        HoldOutcome outcome = bookings.hold(request);
        if (outcome instanceof HoldOutcome.JustTaken taken) {
            Slot free = taken.nextFree().getFirst();
            outcome = bookings.hold(new HoldRequest(request.treatmentId(), request.variantId(), List.of(), free.start(),
                    free.therapistId(), free.roomId(), owner, BookingChannel.KIOSK, Set.of()));
        }
        var held = (HoldOutcome.Held) outcome;
        return bookings.confirm(held.bookingId(), owner, new Guest("Emma", GUEST_PHONE, null), null);
    }

    static Locator block(Page desk, long bookingId) {
        return desk.locator(".desk-block[data-booking='" + bookingId + "']");
    }

    /** Milliseconds from {@code since} (System.nanoTime) until the booking's block is visible (fails after 10 s). */
    static double msUntilVisible(Page desk, long bookingId, long since) {
        block(desk, bookingId).waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        return (System.nanoTime() - since) / 1e6;
    }
}
