package com.spakiosk.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.TherapistFixture;
import com.spakiosk.staff.TherapistChangeRequest;
import com.spakiosk.staff.TherapistEditor;
import com.spakiosk.staff.TherapistRow;
import com.spakiosk.staff.TimeOffForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's therapist list and editor: shown, refused at the field, and the bookings in the way dealt with first. */
@WithMockUser(username = "team-lead", roles = "MANAGER")
class TherapistViewsTest extends KaribuTest {

    @Autowired TherapistEditor editor;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();
    final List<Long> created = new ArrayList<>();
    TherapistFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new TherapistFixture(editor, bookings, ids, jdbc, monday);
    }

    @AfterEach
    void retire() {
        created.forEach(fixture::retire);
        jdbc.query("select id from therapist where code like 'KARIBU_KIM%'", r -> {
            fixture.retire(r.getLong(1));
        });
    }

    long therapist(String name) {
        long id = fixture.therapistOnMonday(name);
        created.add(id);
        return id;
    }

    static void save() {
        _click(_get(Button.class, spec -> spec.withClasses("manage-therapist-save")));
    }

    static TextField name() {
        return _get(TextField.class, spec -> spec.withId("therapist-name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_shows_each_therapist_with_colour_status_treatments_and_this_weeks_hours() {
        UI.getCurrent().navigate("manage/therapists");
        Grid<TherapistRow> grid = _get(Grid.class);
        TherapistRow anna = grid.getListDataView().getItems().filter(r -> r.name().equals("Anna Keller")).findFirst()
                .orElseThrow();
        assertThat(anna.active()).isTrue();
        assertThat(anna.colour()).isNotNull();
        assertThat(anna.treatments()).isPositive();
        assertThat(anna.minutesThisWeek()).isEqualTo(5 * (8 * 60 - 30)); // Monday to Friday 09:00-17:00, half an hour's break
    }

    @Test
    void a_new_therapist_without_a_name_or_with_a_shift_ending_before_it_starts_is_refused_at_the_fields() {
        UI.getCurrent().navigate("manage/therapists/new");
        ShiftPlanForm plan = _get(ShiftPlanForm.class);
        _setValue(plan.rowOf(1, DayOfWeek.TUESDAY).start(), LocalTime.of(17, 0));
        _setValue(plan.rowOf(1, DayOfWeek.TUESDAY).end(), LocalTime.of(9, 0));
        _setValue(plan.rowOf(1, DayOfWeek.WEDNESDAY).start(), LocalTime.of(9, 0));
        _setValue(plan.rowOf(1, DayOfWeek.WEDNESDAY).end(), LocalTime.of(17, 0));
        _setValue(plan.rowOf(1, DayOfWeek.WEDNESDAY).breaks(), "lunch");
        save();
        TextField breaks = plan.rowOf(1, DayOfWeek.WEDNESDAY).breaks();
        assertThat(breaks.isInvalid()).isTrue();
        assertThat(breaks.getErrorMessage()).isEqualTo("Write breaks as 12:30-13:00, separated by commas.");

        _setValue(breaks, "12:00-13:00, 12:30-12:45");
        save();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Please fill this in.");
        TimePicker tuesdayEnd = plan.rowOf(1, DayOfWeek.TUESDAY).end();
        assertThat(tuesdayEnd.getErrorMessage()).isEqualTo("The end must come after the start.");
        assertThat(breaks.getErrorMessage()).isEqualTo("Breaks must not overlap.");
        assertThat(editor.list()).noneMatch(r -> r.name().isBlank());

        _setValue(name(), "Karibu Kim");
        _setValue(tuesdayEnd, null);
        _setValue(plan.rowOf(1, DayOfWeek.TUESDAY).start(), null);
        _setValue(breaks, "12:00-12:30");
        _setValue(plan.weeks, 2);
        _setValue(plan.anchor, monday);
        save();
        var saved = editor.list().stream().filter(r -> r.name().equals("Karibu Kim")).findFirst().orElseThrow();
        assertThat(saved.minutesThisWeek()).isIn(0L, 450L); // Wednesdays of week 1 only: this week may be either
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("manage/therapists/" + saved.id());
        assertThat(editor.details(saved.id()).form().shifts()).singleElement()
                .satisfies(s -> assertThat(s.breaks()).hasSize(1));
    }

    @Test
    void time_off_over_bookings_lists_them_and_saves_once_one_is_moved_and_one_cancelled() {
        long away = therapist("Away Soon");
        therapist("Stand In");
        long moved = fixture.booked("10:00", away);
        long cancelled = fixture.booked("15:00", away);
        UI.getCurrent().navigate("manage/therapists/" + away);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("From")), LocalDateTime.of(monday, LocalTime.of(9, 0)));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Until")), LocalDateTime.of(monday, LocalTime.of(17, 0)));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "Sick");
        _click(_get(Button.class, spec -> spec.withText("Add time off")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bookings in the way");
        assertThat(_find(dialog, ListItem.class)).hasSize(2);
        Button saveChange = _get(dialog, Button.class, spec -> spec.withClasses("manage-displaced-save"));
        assertThat(saveChange.isEnabled()).isFalse();

        List<Button> moves = _find(dialog, Button.class, spec -> spec.withClasses("manage-displaced-move"));
        assertThat(moves.getFirst().getText()).startsWith("Move to ").contains("10:00");
        _click(moves.getFirst());
        assertThat(_find(dialog, ListItem.class)).hasSize(1);

        _click(_get(dialog, Button.class, spec -> spec.withClasses("manage-displaced-cancel")));
        Button confirm = _get(dialog, Button.class, spec -> spec.withClasses("manage-displaced-confirm-cancel"));
        _click(confirm);
        TextField reason = _get(dialog, TextField.class, spec -> spec.withLabel("Why (kept in the booking's history)"));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "Therapist sick; guest called");
        _click(confirm);
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withText("Nothing is in the way any more."))).isNotNull();
        assertThat(saveChange.isEnabled()).isTrue();
        _click(saveChange);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(fixture.bookingTherapist(moved)).isNotEqualTo(away);
        assertThat(fixture.status(cancelled)).isEqualTo("CANCELLED");
        assertThat(editor.details(away).timeOff()).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("Sick"));
        assertThat(_get(TimeOffPanel.class).getElement().getTextRecursively()).contains("Sick");
    }

    @Test
    void a_save_on_a_therapist_someone_changed_meanwhile_names_them_and_keeps_what_was_typed() {
        long id = therapist("First Name");
        UI.getCurrent().navigate("manage/therapists/" + id);
        editor.apply(id, fixture.version(id), new TherapistChangeRequest.AddTimeOff(new TimeOffForm(
                LocalDateTime.of(monday, LocalTime.of(16, 0)), LocalDateTime.of(monday, LocalTime.of(17, 0)), "Course")));
        _setValue(name(), "Second Name");
        save();
        Paragraph general = _get(Paragraph.class, spec -> spec.withClasses("manage-problem"));
        assertThat(general.getText()).startsWith("team-lead changed this therapist");
        assertThat(name().getValue()).isEqualTo("Second Name");
        assertThat(editor.details(id).form().name()).isEqualTo("First Name");

        save(); // the next save applies to the version now stored
        assertThat(editor.details(id).form().name()).isEqualTo("Second Name");
        assertThat(editor.details(id).history()).extracting(c -> c.what().getFirst()).contains("name");
    }
}
