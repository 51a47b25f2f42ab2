package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.BookingException.Reason;
import com.spakiosk.booking.HoldRequest.AddOnChoice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Holds, confirmation and changes against the real database and the demo spa (Anna works Mondays 09:00-17:00). */
@SpringTest
class BookingServiceTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    HoldRequest request(String time, String therapist, String room, List<AddOnChoice> addOns, Set<String> yes) {
        return new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), addOns,
                at(monday, time), therapist == null ? null : ids.therapist(therapist), room == null ? null : ids.room(room),
                "kiosk-session-1", BookingChannel.KIOSK, yes);
    }

    static HoldRequest byOwner(HoldRequest r, String owner) {
        return new HoldRequest(r.treatmentId(), r.variantId(), r.addOns(), r.start(), r.therapistId(), r.roomId(), owner,
                r.channel(), r.screeningYes(), r.client());
    }

    HoldRequest request(String time) {
        return request(time, "ANNA", "LINDEN", List.of(), Set.of());
    }

    HoldOutcome.Held held(HoldOutcome outcome) {
        assertThat(outcome).isInstanceOf(HoldOutcome.Held.class);
        return (HoldOutcome.Held) outcome;
    }

    int rows() {
        return jdbc.queryForObject("select count(*) from booking", Integer.class);
    }

    @Test
    void a_free_slot_is_held_then_confirmed_with_a_short_unambiguous_code_and_a_history() {
        var hold = held(bookings.hold(request("10:00")));
        assertThat(hold.expiresAt()).isEqualTo(hold.expiresAt()).isAfter(clock.instant());
        assertThat(hold.price().amount()).isEqualByComparingTo("36.00");

        Confirmation confirmation = bookings.confirm(hold.bookingId(), "kiosk-session-1",
                new Guest("Emma", "+4915112345678", null), null);
        assertThat(ReferenceCode.isWellFormed(confirmation.referenceCode())).isTrue();
        assertThat(confirmation.start()).isEqualTo(at(monday, "10:00"));
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, hold.bookingId()))
                .isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForList("select action from booking_history where booking_id = ?", String.class,
                hold.bookingId())).containsExactly("CONFIRMED");
    }

    @Test
    void a_held_slot_is_just_taken_for_the_next_guest_who_is_offered_the_next_free_times() {
        held(bookings.hold(request("10:00")));
        HoldOutcome second = bookings.hold(byOwner(request("10:00"), "kiosk-session-2"));
        assertThat(second).isInstanceOf(HoldOutcome.JustTaken.class);
        var nextFree = ((HoldOutcome.JustTaken) second).nextFree();
        assertThat(nextFree).isNotEmpty().allSatisfy(s -> assertThat(s.start()).isAfterOrEqualTo(at(monday, "10:40")));
    }

    @Test
    void any_therapist_gets_a_qualified_free_therapist_and_room() {
        held(bookings.hold(request("10:00")));
        var other = held(bookings.hold(byOwner(request("10:00", null, null, List.of(), Set.of()), "kiosk-session-2")));
        assertThat(other.slot().therapistId()).isNotEqualTo(ids.therapist("ANNA"));
        assertThat(other.slot().roomId()).isNotEqualTo(ids.room("LINDEN"));
    }

    @Test
    void an_expired_hold_blocks_nothing_and_cannot_be_confirmed() {
        var hold = held(bookings.hold(request("11:00")));
        clock.advance(Duration.ofMinutes(6));
        held(bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                List.of(), at(monday, "11:00"), ids.therapist("ANNA"), ids.room("LINDEN"), "kiosk-session-2",
                BookingChannel.KIOSK, Set.of())));
        assertThatThrownBy(() -> bookings.confirm(hold.bookingId(), "kiosk-session-1", new Guest("Emma", null, "e@x.org"), null))
                .isInstanceOf(BookingException.class).extracting(e -> ((BookingException) e).reason())
                .isEqualTo(Reason.HOLD_EXPIRED);
    }

    @Test
    void only_the_owner_of_a_hold_may_confirm_it() {
        var hold = held(bookings.hold(request("12:00")));
        assertThatThrownBy(() -> bookings.confirm(hold.bookingId(), "someone-else", new Guest("Eve", null, "e@x.org"), null))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(Reason.FOREIGN_HOLD);
    }

    @Test
    void the_sweeper_marks_holds_that_ran_out_as_expired() {
        var hold = held(bookings.hold(request("13:30")));
        clock.advance(Duration.ofMinutes(6));
        assertThat(bookings.expireHolds()).isPositive();
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, hold.bookingId()))
                .isEqualTo("EXPIRED");
    }

    @Test
    void refusals_name_the_rule_and_write_nothing() {
        int before = rows();
        assertRefused(request("08:00"), Reason.OUTSIDE_SHIFT);
        assertRefused(request("12:45"), Reason.OUTSIDE_SHIFT); // Anna's break is 12:30-13:00
        assertRefused(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                at(monday, "09:00"), ids.therapist("DANIEL"), ids.room("LINDEN"), "s", BookingChannel.KIOSK, Set.of()),
                Reason.UNQUALIFIED_THERAPIST);
        assertRefused(new HoldRequest(ids.treatment("ANTI_CELLULITE").id(), ids.variant("ANTI_CELLULITE", 30), List.of(),
                at(monday, "09:00"), ids.therapist("ANNA"), ids.room("FOOT_LOUNGE"), "s", BookingChannel.KIOSK, Set.of()),
                Reason.ROOM_UNSUITABLE);
        assertRefused(new HoldRequest(ids.treatment("LYMPHATIC").id(), ids.variant("LYMPHATIC", 30),
                List.of(new AddOnChoice(ids.addOn("HOT_STONES").id(), null)), at(monday, "09:00"), ids.therapist("ANNA"),
                ids.room("LINDEN"), "s", BookingChannel.KIOSK, Set.of()), Reason.ADD_ON_NOT_ALLOWED);
        assertRefused(request("09:00", "ANNA", "LINDEN", List.of(new AddOnChoice(ids.addOn("AROMATHERAPY").id(), null)),
                Set.of()), Reason.ADD_ON_NOT_ALLOWED); // no oil chosen
        assertRefused(request("09:00", "ANNA", "LINDEN", List.of(), Set.of("THROMBOSIS")), Reason.SCREENING_BLOCKED);
        assertRefused(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                clock.instant().minusSeconds(60), ids.therapist("ANNA"), ids.room("LINDEN"), "s", BookingChannel.KIOSK,
                Set.of()), Reason.IN_THE_PAST);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_third_hot_stone_session_at_the_same_time_loses_when_two_heaters_exist() {
        long stones = ids.addOn("HOT_STONES").id();
        var withStones = List.of(new AddOnChoice(stones, null));
        held(bookings.hold(request("13:00", "ANNA", "LINDEN", withStones, Set.of())));
        held(bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), withStones,
                at(monday, "13:00"), ids.therapist("MIRA"), ids.room("BIRCH"), "s2", BookingChannel.KIOSK, Set.of())));
        HoldOutcome third = bookings.hold(new HoldRequest(ids.treatment("PREVENTIVE").id(), ids.variant("PREVENTIVE", 30),
                withStones, at(monday, "13:00"), ids.therapist("DANIEL"), ids.room("WILLOW"), "s3", BookingChannel.KIOSK,
                Set.of()));
        assertThat(third).isInstanceOf(HoldOutcome.JustTaken.class);
    }

    @Test
    void screening_findings_are_stored_as_flags_and_a_review_is_required() {
        var hold = held(bookings.hold(request("15:00", "ANNA", "LINDEN", List.of(), Set.of("BLOOD_THINNERS"))));
        Confirmation c = bookings.confirm(hold.bookingId(), "kiosk-session-1", new Guest("Olga", null, "o@x.org"),
                new ScreeningConsent(Set.of("BLOOD_THINNERS"), clock.instant()));
        assertThat(c.screeningReviewRequired()).isTrue();
        assertThat(jdbc.queryForList("select question_code from booking_screening_flag where booking_id = ?", String.class,
                c.bookingId())).containsOnly("BLOOD_THINNERS");
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void status_changes_follow_the_allowed_path_and_are_written_to_the_history() {
        long id = confirmed("16:00");
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN);
        bookings.changeStatus(id, version(id), BookingStatus.IN_PROGRESS);
        assertThatThrownBy(() -> bookings.changeStatus(id, version(id), BookingStatus.CANCELLED))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(Reason.TRANSITION_NOT_ALLOWED);
        bookings.checkout(id, version(id), PaymentMethod.CARD, null, null);
        assertThat(jdbc.queryForList("select action from booking_history where booking_id = ? order by id", String.class, id))
                .containsExactly("CONFIRMED", "CHECKED_IN", "IN_PROGRESS", "COMPLETED");
    }

    @Test
    @WithMockUser(username = "anna.desk", roles = "FRONT_DESK")
    void the_history_names_the_signed_in_staff_member_as_the_actor_of_a_desk_change() {
        long id = confirmed("16:30");
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN);
        bookings.cancel(id, version(id));
        assertThat(jdbc.queryForList("select actor from booking_history where booking_id = ? and action <> 'CONFIRMED'"
                + " order by id", String.class, id)).containsExactly("anna.desk", "anna.desk");
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void a_change_based_on_an_old_version_is_refused_as_stale() {
        long id = confirmed("09:30");
        long seen = version(id);
        bookings.changeStatus(id, seen, BookingStatus.CHECKED_IN);
        assertThatThrownBy(() -> bookings.cancel(id, seen))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(Reason.STALE);
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, id)).isEqualTo("CHECKED_IN");
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void a_booking_moves_to_a_free_time_and_not_onto_another_booking() {
        long id = confirmed("09:00");
        long other = confirmed("11:00");
        assertThat(bookings.move(id, version(id), at(monday, "10:00"), ids.therapist("ANNA"), ids.room("LINDEN")))
                .isEmpty();
        assertThat(jdbc.queryForObject("select starts_at from booking where id = ?", Instant.class, id))
                .isEqualTo(at(monday, "10:00"));
        assertThat(bookings.move(id, version(id), at(monday, "11:00"), ids.therapist("ANNA"), ids.room("LINDEN")))
                .isPresent();
        assertThat(jdbc.queryForObject("select starts_at from booking where id = ?", Instant.class, other))
                .isEqualTo(at(monday, "11:00"));
        assertThat(jdbc.queryForList("select action from booking_history where booking_id = ? order by id", String.class, id))
                .containsExactly("CONFIRMED", "MOVED");
    }

    private long confirmed(String time) {
        var hold = held(bookings.hold(request(time)));
        return bookings.confirm(hold.bookingId(), "kiosk-session-1", new Guest("Test", null, "t@x.org"), null).bookingId();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    private void assertRefused(HoldRequest request, Reason reason) {
        assertThatThrownBy(() -> bookings.hold(request)).isInstanceOf(BookingException.class)
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(reason);
    }
}
