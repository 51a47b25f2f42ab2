package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.HoldRequest.AddOnChoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Another duration or other add-ons for a booking: re-checked, re-priced, written to the history, or nothing changes. */
@SpringTest
@WithMockUser(username = "ben.desk", roles = "FRONT_DESK")
class BookingChangeServiceTest {

    @Autowired BookingChangeService changes;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();
    DeskChangesFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeskChangesFixture(bookings, ids, jdbc, monday);
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select variant_id, price_amount, ends_at, version from booking where id = ?", id);
    }

    List<AddOnChoice> lavender() {
        return List.of(new AddOnChoice(ids.addOn("AROMATHERAPY").id(), "LAVENDER"));
    }

    @Test
    void a_longer_session_with_an_oil_is_priced_again_and_the_history_says_who_changed_what() {
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        var outcome = changes.changeTreatment(id, fixture.version(id), ids.variant("RELAXING_FOOT", 45), lavender());
        assertThat(outcome).isInstanceOf(ChangeOutcome.Changed.class);
        assertThat(((ChangeOutcome.Changed) outcome).price().amount()).isEqualByComparingTo("57.00"); // 48 + 9
        assertThat(((ChangeOutcome.Changed) outcome).end()).isEqualTo(DemoSpaIds.at(monday, "10:45"));
        assertThat(jdbc.queryForObject("select option_code from booking_add_on where booking_id = ?", String.class, id))
                .isEqualTo("LAVENDER");
        assertThat(fixture.history(id)).containsExactly("CONFIRMED", "CHANGED");
        var changed = jdbc.queryForMap("select actor, details from booking_history where booking_id = ? and action = 'CHANGED'", id);
        assertThat(changed.get("actor")).isEqualTo("ben.desk");
        assertThat((String) changed.get("details")).contains("30 → 45 min", "Aromatherapy (LAVENDER)", "36.00 → 57.00");
    }

    @Test
    void an_add_on_the_guests_screening_rules_out_is_refused_with_the_reason_and_nothing_changes() {
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN", "RELAXING_FOOT", 30, List.of(), Set.of("OIL_ALLERGY"));
        var before = row(id);
        var outcome = changes.changeTreatment(id, fixture.version(id), ids.variant("RELAXING_FOOT", 30), lavender());
        assertThat(outcome).isInstanceOf(ChangeOutcome.Blocked.class);
        assertThat(((ChangeOutcome.Blocked) outcome).reasons())
                .containsExactly(new ChangeOutcome.Reason("OIL_ALLERGY", "AROMATHERAPY", "Aromatherapy",
                        "Aromatherapy uses essential oils."));
        assertThat(row(id)).isEqualTo(before);
        assertThat(fixture.history(id)).containsExactly("CONFIRMED");
    }

    @Test
    void a_session_that_no_longer_fits_before_the_next_booking_is_just_taken_with_the_times_where_it_would() {
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        fixture.confirmed("10:45", "ANNA", "BIRCH");
        var before = row(id);
        var outcome = changes.changeTreatment(id, fixture.version(id), ids.variant("RELAXING_FOOT", 60), List.of());
        assertThat(outcome).isInstanceOf(ChangeOutcome.JustTaken.class);
        assertThat(((ChangeOutcome.JustTaken) outcome).nextFree()).isNotEmpty();
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void hot_stones_are_refused_as_taken_while_both_heaters_are_in_use() {
        var stones = List.of(new AddOnChoice(ids.addOn("HOT_STONES").id(), null));
        fixture.confirmed("13:00", "ANNA", "LINDEN", "RELAXING_FOOT", 30, stones, Set.of());
        fixture.confirmed("13:00", "MIRA", "BIRCH", "RELAXING_FOOT", 30, stones, Set.of());
        long id = fixture.confirmed("13:00", "DANIEL", "WILLOW", "PREVENTIVE", 30, List.of(), Set.of());
        assertThat(changes.changeTreatment(id, fixture.version(id), ids.variant("PREVENTIVE", 30), stones))
                .isInstanceOf(ChangeOutcome.JustTaken.class);
        assertThat(jdbc.queryForObject("select count(*) from booking_add_on where booking_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_as_stale_and_changes_nothing() {
        long id = fixture.confirmed("15:00", "ANNA", "LINDEN");
        long seen = fixture.version(id);
        bookings.changeStatus(id, seen, BookingStatus.CHECKED_IN);
        var before = row(id);
        assertThatThrownBy(() -> changes.changeTreatment(id, seen, ids.variant("RELAXING_FOOT", 45), List.of()))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.STALE);
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void an_oil_must_be_chosen_for_aromatherapy() {
        long id = fixture.confirmed("16:00", "ANNA", "LINDEN");
        assertThatThrownBy(() -> changes.changeTreatment(id, fixture.version(id), ids.variant("RELAXING_FOOT", 30),
                List.of(new AddOnChoice(ids.addOn("AROMATHERAPY").id(), null))))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.ADD_ON_NOT_ALLOWED);
    }
}
