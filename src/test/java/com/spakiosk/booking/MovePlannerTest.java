package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Where a booking could move: the move dialog's choices and the check behind a drop (Anna works Mondays 09:00-17:00). */
@SpringTest
@WithMockUser(roles = "FRONT_DESK")
class MovePlannerTest {

    @Autowired MovePlanner planner;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();
    DeskChangesFixture fixture;

    @org.junit.jupiter.api.BeforeEach
    void fixture() {
        fixture = new DeskChangesFixture(bookings, ids, jdbc, monday);
    }

    @Test
    void a_booking_may_shift_onto_its_own_time_but_not_onto_the_next_booking() {
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        fixture.confirmed("11:00", "ANNA", "BIRCH");
        var choices = planner.choices(id, monday);
        var anna = choices.byTherapist().get(ids.therapist("ANNA"));
        assertThat(anna).extracting(MovePlanner.Option::start)
                .contains(at(monday, "09:45"), at(monday, "10:00"), at(monday, "10:15"))
                .doesNotContain(at(monday, "10:30"), at(monday, "11:00"), at(monday, "12:45"));
        var quarterPast = anna.stream().filter(o -> o.start().equals(at(monday, "10:15"))).findFirst().orElseThrow();
        assertThat(quarterPast.roomIds()).contains(ids.room("LINDEN"), ids.room("BIRCH"));
        assertThat(choices.anyTherapist()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.start()).isAfterOrEqualTo(monday.atStartOfDay(DemoSpaIds.ZONE).toInstant()));
    }

    @Test
    void a_check_keeps_the_bookings_own_room_when_it_is_free_and_names_why_a_time_does_not_work() {
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        fixture.confirmed("11:00", "ANNA", "BIRCH");
        var fits = planner.check(id, at(monday, "10:15"), ids.therapist("ANNA"), null);
        assertThat(fits.fits()).isTrue();
        assertThat(fits.slot().roomId()).isEqualTo(ids.room("LINDEN"));
        assertThat(planner.check(id, at(monday, "11:00"), ids.therapist("ANNA"), null).problem())
                .isEqualTo("THERAPIST_TAKEN");
        assertThat(planner.check(id, at(monday, "12:45"), ids.therapist("ANNA"), null).problem())
                .isEqualTo("OUTSIDE_SHIFT");
        assertThat(planner.check(id, Instant.now().minusSeconds(3600), null, null).problem())
                .isEqualTo(MovePlanner.MoveCheck.IN_THE_PAST);
    }

    @Test
    void a_cancelled_booking_has_nowhere_to_go() {
        long id = fixture.confirmed("14:00", "ANNA", "LINDEN");
        bookings.cancel(id, fixture.version(id));
        assertThat(planner.choices(id, monday).isEmpty()).isTrue();
        assertThat(planner.check(id, at(monday, "15:00"), null, null).problem())
                .isEqualTo(MovePlanner.MoveCheck.NOT_MOVABLE);
    }
}
