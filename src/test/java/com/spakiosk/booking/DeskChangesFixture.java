package com.spakiosk.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helper for the desk's changes: confirmed kiosk bookings of the demo spa on a fresh Monday. */
record DeskChangesFixture(BookingService bookings, DemoSpaIds ids, JdbcTemplate jdbc, LocalDate monday) {

    long confirmed(String time, String therapist, String room, String treatment, int minutes,
                   List<HoldRequest.AddOnChoice> addOns, Set<String> yes) {
        String owner = "desk-changes-" + time + therapist + room;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment(treatment).id(),
                ids.variant(treatment, minutes), addOns, DemoSpaIds.at(monday, time), ids.therapist(therapist),
                ids.room(room), owner, BookingChannel.KIOSK, yes));
        return bookings.confirm(held.bookingId(), owner, new Guest("Nora", null, "nora@example.org"),
                yes.isEmpty() ? null : new ScreeningConsent(yes, java.time.Instant.now())).bookingId();
    }

    long confirmed(String time, String therapist, String room) {
        return confirmed(time, therapist, room, "RELAXING_FOOT", 30, List.of(), Set.of());
    }

    long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    List<String> history(long id) {
        return jdbc.queryForList("select action from booking_history where booking_id = ? order by id", String.class, id);
    }
}
