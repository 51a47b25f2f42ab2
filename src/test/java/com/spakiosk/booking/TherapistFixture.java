package com.spakiosk.booking;

import com.spakiosk.staff.DayChangeForm;
import com.spakiosk.staff.ShiftEdit;
import com.spakiosk.staff.TherapistChangeRequest;
import com.spakiosk.staff.TherapistColour;
import com.spakiosk.staff.TherapistEditor;
import com.spakiosk.staff.TherapistForm;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test helper: therapists of a test's own, who work only on the test's fresh Monday (a one-off
 * change, no weekly shifts), so that other tests sharing the demo spa never meet them, and kiosk
 * bookings for them.
 */
public record TherapistFixture(TherapistEditor editor, BookingService bookings, DemoSpaIds ids, JdbcTemplate jdbc,
                               LocalDate monday) {

    public static TherapistForm form(String name, Set<Long> treatments, int weeks, LocalDate anchor,
                                     List<ShiftEdit> shifts) {
        return new TherapistForm(name, "", true, TherapistColour.TEAL, treatments, Set.of(), weeks, anchor, shifts);
    }

    /** A new active therapist for relaxing foot massage, working 09:00-17:00 on the fresh Monday only. */
    public long therapistOnMonday(String name) {
        long id = editor.apply(null, 0, new TherapistChangeRequest.Describe(
                form(name, Set.of(ids.treatment("RELAXING_FOOT").id()), 1, null, List.of())));
        editor.apply(id, version(id), new TherapistChangeRequest.AddDayChange(new DayChangeForm(monday, false,
                LocalTime.of(9, 0), LocalTime.of(17, 0), "Covering")));
        return id;
    }

    /** A confirmed 30-minute relaxing foot massage with the therapist on the fresh Monday. */
    public long booked(String time, long therapistId) {
        return booked(time, therapistId, List.of());
    }

    /** The same with add-ons, each by its code and without an option (the soak, the stones). */
    public long booked(String time, long therapistId, List<String> addOnCodes) {
        String owner = "therapist-editor-" + time + therapistId;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), addOnCodes.stream()
                        .map(c -> new HoldRequest.AddOnChoice(ids.addOn(c).id(), null)).toList(),
                DemoSpaIds.at(monday, time), therapistId,
                ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Vera", null, "vera@example.org"), null).bookingId();
    }

    public long version(long therapistId) {
        return jdbc.queryForObject("select version from therapist where id = ?", Long.class, therapistId);
    }

    public long bookingVersion(long bookingId) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, bookingId);
    }

    public String status(long bookingId) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, bookingId);
    }

    public long bookingTherapist(long bookingId) {
        return jdbc.queryForObject("select therapist_id from booking where id = ?", Long.class, bookingId);
    }

    /** Takes a test's therapist out of the shared spa. */
    public void retire(long therapistId) {
        jdbc.update("update therapist set active = false where id = ?", therapistId);
        jdbc.update("update resource_version set version = version + 1 where id = 1");
    }
}
