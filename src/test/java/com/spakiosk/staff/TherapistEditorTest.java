package com.spakiosk.staff;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.TherapistFixture;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.scheduling.TherapistPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's therapist changes: validated, versioned, recorded, and never leaving a booking behind. */
@SpringTest
@WithMockUser(username = "manager", roles = "MANAGER")
class TherapistEditorTest {

    @Autowired TherapistEditor editor;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    LocalDate monday = DemoSpaIds.freshMonday();
    TherapistFixture fixture;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void fixture() {
        fixture = new TherapistFixture(editor, bookings, ids, jdbc, monday);
    }

    @AfterEach
    void retire() {
        created.forEach(fixture::retire);
    }

    long therapist(String name) {
        long id = fixture.therapistOnMonday(name);
        created.add(id);
        return id;
    }

    TherapistChangeRequest timeOff(String from, String to) {
        return new TherapistChangeRequest.AddTimeOff(new TimeOffForm(LocalDateTime.of(monday, LocalTime.parse(from)),
                LocalDateTime.of(monday, LocalTime.parse(to)), "Dentist"));
    }

    List<String> problemFields(Runnable change) {
        try {
            change.run();
        } catch (MenuEditException e) {
            return e.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
        }
        throw new AssertionError("not refused");
    }

    int timeOffRows(long therapist) {
        return jdbc.queryForObject("select count(*) from time_off where therapist_id = ?", Integer.class, therapist);
    }

    @Test
    void a_new_therapist_gets_a_code_from_the_name_and_a_history_line() {
        long id = therapist("Zoë Brandt");
        TherapistDetails details = editor.details(id);
        assertThat(details.code()).startsWith("ZOE_BRANDT");
        assertThat(details.dayChanges()).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(monday));
        assertThat(details.history()).extracting(c -> c.what().getFirst()).contains("created", "dayChange.add:" + monday);
        assertThat(details.history()).allSatisfy(c -> assertThat(c.getChangedBy()).isEqualTo("manager"));
    }

    @Test
    void an_empty_name_a_shift_ending_before_it_starts_and_bad_breaks_are_refused_at_their_fields() {
        long id = therapist("Field Rules");
        long version = fixture.version(id);
        var badShifts = List.of(
                new ShiftEdit(1, DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0), List.of()),
                new ShiftEdit(1, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0),
                        List.of(new ShiftEdit.Span(LocalTime.of(8, 0), LocalTime.of(9, 30)))),
                new ShiftEdit(1, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0),
                        List.of(new ShiftEdit.Span(LocalTime.of(12, 0), LocalTime.of(13, 0)),
                                new ShiftEdit.Span(LocalTime.of(12, 30), LocalTime.of(13, 30)))));
        assertThat(problemFields(() -> editor.apply(id, version, new TherapistChangeRequest.Describe(
                TherapistFixture.form(" ", Set.of(), 1, null, badShifts)))))
                .containsExactlyInAnyOrder("name manage.problem.required",
                        "shift.1.MONDAY.end manage.therapist.problem.endBeforeStart",
                        "shift.1.TUESDAY.breaks manage.therapist.problem.breakOutside",
                        "shift.1.WEDNESDAY.breaks manage.therapist.problem.breakOverlap");
        assertThat(problemFields(() -> editor.apply(id, version, new TherapistChangeRequest.Describe(
                TherapistFixture.form("Field Rules", Set.of(), 5, monday, List.of())))))
                .containsExactly("rotationWeeks manage.therapist.problem.rotation");
        assertThat(problemFields(() -> editor.apply(id, version, timeOff("12:00", "11:00"))))
                .containsExactly("timeOff.to manage.therapist.problem.endBeforeStart");
        assertThat(fixture.version(id)).isEqualTo(version);
        assertThat(editor.details(id).form().name()).isEqualTo("Field Rules");
        assertThat(timeOffRows(id)).isZero();
    }

    @Test
    void time_off_over_a_booking_lists_it_and_is_refused_until_the_booking_is_cancelled() {
        long id = therapist("Time Off");
        long booking = fixture.booked("15:00", id);
        fixture.booked("10:00", id); // before the time off: not in the way
        assertThat(editor.displaced(id, timeOff("14:00", "18:00"))).singleElement().satisfies(d -> {
            assertThat(d.booking().bookingId()).isEqualTo(booking);
            assertThat(d.why()).isEqualTo(TherapistPlan.Why.TIME_OFF);
        });
        assertThatThrownBy(() -> editor.apply(id, fixture.version(id), timeOff("14:00", "18:00")))
                .isInstanceOfSatisfying(TherapistConflictException.class,
                        e -> assertThat(e.displaced()).hasSize(1));
        assertThat(timeOffRows(id)).isZero();

        assertThat(editor.cancel(booking, fixture.bookingVersion(booking), "Therapist at the dentist")).isEmpty();
        editor.apply(id, fixture.version(id), timeOff("14:00", "18:00"));
        assertThat(fixture.status(booking)).isEqualTo("CANCELLED");
        assertThat(timeOffRows(id)).isOne();
    }

    @Test
    void deactivating_lists_the_bookings_and_the_engine_moves_one_to_another_qualified_therapist() {
        long leaving = therapist("Leaving Soon");
        long covering = therapist("Covering Colleague");
        long booking = fixture.booked("11:00", leaving);
        var form = editor.details(leaving).form();
        var deactivate = new TherapistChangeRequest.Describe(new TherapistForm(form.name(), form.bio(), false,
                form.colour(), form.treatments(), form.addOns(), 1, null, form.shifts()));
        assertThat(editor.displaced(leaving, deactivate)).extracting(DisplacedBooking::why)
                .containsExactly(TherapistPlan.Why.NOT_ACTIVE);

        MoveSuggestion suggestion = editor.suggestMove(booking, leaving).orElseThrow();
        assertThat(suggestion.therapistId()).isNotEqualTo(leaving);
        assertThat(suggestion.start()).isEqualTo(at(monday, "11:00"));
        assertThat(editor.move(booking, fixture.bookingVersion(booking), suggestion)).isEmpty();
        assertThat(fixture.bookingTherapist(booking)).isEqualTo(suggestion.therapistId());

        editor.apply(leaving, fixture.version(leaving), deactivate);
        assertThat(editor.list()).filteredOn(r -> r.id() == leaving).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
        assertThat(covering).isPositive();
    }

    @Test
    void add_on_qualifications_are_enforced_and_removing_one_lists_the_bookings_with_that_add_on() {
        long id = therapist("Soak Giver");
        long soak = ids.addOn("FOOT_SOAK").id();
        assertThatThrownBy(() -> fixture.booked("15:00", id, List.of("FOOT_SOAK")))
                .isInstanceOfSatisfying(BookingException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingException.Reason.UNQUALIFIED_THERAPIST));

        var form = editor.details(id).form();
        assertThat(form.addOns()).as("a new therapist starts with no add-ons").isEmpty();
        editor.apply(id, fixture.version(id), new TherapistChangeRequest.Describe(new TherapistForm(form.name(),
                form.bio(), true, form.colour(), form.treatments(), Set.of(soak), 1, null, form.shifts())));
        long withSoak = fixture.booked("15:00", id, List.of("FOOT_SOAK"));
        fixture.booked("10:00", id); // no soak: not in the way

        var withoutSoak = new TherapistChangeRequest.Describe(new TherapistForm(form.name(), form.bio(), true,
                form.colour(), form.treatments(), Set.of(), 1, null, form.shifts()));
        assertThat(editor.displaced(id, withoutSoak)).singleElement().satisfies(d -> {
            assertThat(d.booking().bookingId()).isEqualTo(withSoak);
            assertThat(d.why()).isEqualTo(TherapistPlan.Why.NOT_QUALIFIED);
        });
        assertThatThrownBy(() -> editor.apply(id, fixture.version(id), withoutSoak))
                .isInstanceOf(TherapistConflictException.class);
        assertThat(editor.details(id).form().addOns()).containsExactly(soak);
    }

    @Test
    void a_booking_made_after_the_manager_looked_refuses_the_save_under_the_therapists_lock() {
        long id = therapist("Late Booking");
        long version = fixture.version(id);
        assertThat(editor.displaced(id, timeOff("09:00", "12:00"))).isEmpty();
        fixture.booked("10:00", id); // meanwhile, at the kiosk
        assertThatThrownBy(() -> editor.apply(id, version, timeOff("09:00", "12:00")))
                .isInstanceOf(TherapistConflictException.class);
        assertThat(timeOffRows(id)).isZero();
    }

    @Test
    void a_change_on_an_old_copy_is_refused_naming_who_changed_it_first() {
        long id = therapist("Two Managers");
        long seen = fixture.version(id);
        editor.apply(id, seen, timeOff("16:00", "17:00"));
        assertThatThrownBy(() -> editor.apply(id, seen, timeOff("09:00", "10:00")))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey, p -> p.args().getFirst())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("manage.problem.staleTherapist", "manager")));
        assertThat(timeOffRows(id)).isOne();
    }

    @Test
    void the_engine_books_week_two_of_a_rotation_by_week_twos_hours(@Autowired AvailabilityService availability) {
        long id = therapist("Rotating");
        var weekTwoOnly = List.of(new ShiftEdit(2, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), List.of()));
        // The fresh Monday is week 2 when the rotation starts the Monday before.
        editor.apply(id, fixture.version(id), new TherapistChangeRequest.Describe(TherapistFixture.form("Rotating",
                Set.of(ids.treatment("RELAXING_FOOT").id()), 2, monday.minusWeeks(1), weekTwoOnly)));
        editor.apply(id, fixture.version(id), new TherapistChangeRequest.RemoveDayChange(
                editor.details(id).dayChanges().getFirst().id()));
        TherapistFixture nextWeek = new TherapistFixture(editor, bookings, ids, jdbc, monday.plusWeeks(1));
        fixture.booked("10:00", id);
        assertThatThrownBy(() -> nextWeek.booked("10:00", id)).isInstanceOfSatisfying(BookingException.class,
                e -> assertThat(e.reason()).isEqualTo(BookingException.Reason.OUTSIDE_SHIFT));
        assertThat(new TherapistFixture(editor, bookings, ids, jdbc, monday.plusWeeks(2)).booked("11:00", id)).isPositive();
        assertThat(availability).isNotNull();
    }
}
