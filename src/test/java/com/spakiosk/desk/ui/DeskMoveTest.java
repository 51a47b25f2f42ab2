package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.ScreeningConsent;
import com.spakiosk.booking.TimeBlockService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.dom.DomEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Moving and changing bookings and blocking time at the desk: each action succeeds, is refused
 * calmly, meets a change someone else made first, and meets a time someone else just took.
 * Anna works Mondays 09:00-17:00 with a break 12:30-13:00; Mira 12:00-20:00.
 */
@WithMockUser(roles = "FRONT_DESK")
class DeskMoveTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired TimeBlockService blocks;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long book(String time, String therapist, String room, int minutes, Set<String> yes) {
        String owner = "desk-move-" + time + therapist;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", minutes), List.of(), DemoSpaIds.at(monday, time), ids.therapist(therapist),
                ids.room(room), owner, BookingChannel.KIOSK, yes));
        bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null),
                yes.isEmpty() ? null : new ScreeningConsent(yes, Instant.now()));
        return held.bookingId();
    }

    long book(String time, String therapist, String room) {
        return book(time, therapist, room, 30, Set.of());
    }

    Instant startOf(long id) {
        return jdbc.queryForObject("select starts_at from booking where id = ?", Instant.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    Instant at(String time) {
        return DemoSpaIds.at(monday, time);
    }

    /** A time as the desk shows it in the test's locale. */
    String hm(String time) {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(java.time.ZoneId.of("Europe/Berlin")).format(at(time));
    }

    void openBooking(long id) {
        UI.getCurrent().navigate("desk/" + monday);
        _click(DeskViewTest.block(id));
    }

    static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    static String problem(Class<? extends com.vaadin.flow.component.Component> dialog) {
        return _get(_get(dialog), Paragraph.class, spec -> spec.withClasses("desk-problem")).getText();
    }

    // ---------------------------------------------------------------- the move dialog

    @Test
    void the_move_dialog_offers_only_times_the_engine_allows_and_moves_the_booking() {
        long id = book("10:00", "ANNA", "LINDEN");
        book("11:00", "ANNA", "BIRCH");
        openBooking(id);
        tap("Move…");
        assertThat(select("Therapist").getValue()).isEqualTo(ids.therapist("ANNA"));
        List<Instant> times = this.<Instant>select("Time").getListDataView().getItems().toList();
        assertThat(times).contains(at("09:45"), at("10:15")).doesNotContain(at("10:30"), at("11:00"), at("12:45"));
        _setValue(select("Time"), at("10:15"));
        assertThat(select("Room").getValue()).isEqualTo(ids.room("LINDEN"));
        tap("Move");
        assertThat(startOf(id)).isEqualTo(at("10:15"));
        assertThat(_find(MoveDialog.class)).isEmpty();
        assertThat(DeskViewTest.panelText()).contains("MOVED");
        assertThat(DeskViewTest.block(id).getStyle().get("grid-row")).isEqualTo("11 / 13"); // 10:15-10:45 from 08:00
    }

    @Test
    void with_any_therapist_the_engine_chooses_who_and_where() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Move…");
        _setValue(select("Therapist"), null);
        _setValue(select("Time"), at("14:00"));
        assertThat(_get(MoveDialog.class).getElement().getTextRecursively()).contains("New: ");
        tap("Move");
        assertThat(startOf(id)).isEqualTo(at("14:00"));
    }

    @Test
    void a_time_taken_meanwhile_offers_the_next_free_times_and_one_tap_takes_one() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Move…");
        _setValue(select("Time"), at("14:00"));
        book("14:00", "ANNA", "BIRCH"); // another desk, a moment earlier
        tap("Move");
        assertThat(problem(MoveDialog.class)).isEqualTo("Someone took that time a moment ago. These times are free:");
        assertThat(startOf(id)).isEqualTo(at("10:00"));
        var first = _find(_get(MoveDialog.class), Button.class).stream()
                .filter(b -> b.getParent().orElseThrow().getClassNames().contains("desk-move__alternatives"))
                .findFirst().orElseThrow();
        _click(first);
        tap("Move");
        assertThat(startOf(id)).isNotEqualTo(at("10:00"));
        assertThat(_find(MoveDialog.class)).isEmpty();
    }

    @Test
    void a_change_by_someone_else_says_who_and_when_and_keeps_the_clerks_choice() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Move…");
        _setValue(select("Time"), at("15:00"));
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN); // the other desk
        tap("Move");
        assertThat(problem(MoveDialog.class)).startsWith("user changed this booking at").contains("Arrived");
        assertThat(select("Time").getValue()).isEqualTo(at("15:00"));
        assertThat(startOf(id)).isEqualTo(at("10:00"));
        tap("Move");
        assertThat(startOf(id)).isEqualTo(at("15:00"));
    }

    @Test
    void a_time_blocked_meanwhile_is_refused_calmly_and_nothing_moves() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Move…");
        _setValue(select("Time"), at("15:00"));
        blocks.block(ids.therapist("ANNA"), at("14:30"), at("16:00"), "Training");
        tap("Move");
        assertThat(problem(MoveDialog.class)).isEqualTo("That does not work: the therapist is away then.");
        assertThat(startOf(id)).isEqualTo(at("10:00"));
    }

    // ---------------------------------------------------------------- the change dialog

    @Test
    void a_longer_session_with_an_oil_is_saved_with_the_price_the_service_quotes() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Change treatment…");
        _setValue(select("Duration"), ids.treatment("RELAXING_FOOT").variants().stream()
                .filter(v -> v.durationMinutes() == 45).findFirst().orElseThrow());
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Aromatherapy · €9.00 · +0 min")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-change__total")).getText())
                .isEqualTo("New total: €57.00 · 45 min");
        tap("Save change");
        assertThat(jdbc.queryForObject("select price_amount from booking where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("57.00");
        assertThat(DeskViewTest.panelText()).contains("Aromatherapy (LAVENDER)", "CHANGED");
    }

    @Test
    void an_add_on_the_screening_rules_out_is_refused_with_the_reason() {
        long id = book("10:00", "ANNA", "LINDEN", 30, Set.of("OIL_ALLERGY"));
        openBooking(id);
        tap("Change treatment…");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Aromatherapy · €9.00 · +0 min")), true);
        tap("Save change");
        assertThat(problem(ChangeDialog.class)).isEqualTo(
                "The guest’s health screening rules this out. Aromatherapy: Aromatherapy uses essential oils.");
        assertThat(jdbc.queryForObject("select count(*) from booking_add_on where booking_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_german_clerk_reads_the_add_on_refusal_in_german_as_the_kiosk_words_it() {
        long id = book("11:00", "ANNA", "LINDEN", 30, Set.of("VARICOSE_VEINS"));
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        openBooking(id);
        tap("Behandlung ändern…");
        _setValue(_find(Checkbox.class).stream().filter(c -> c.getLabel() != null && c.getLabel().startsWith("Heiße Steine"))
                .findFirst().orElseThrow(), true);
        tap("Änderung speichern");
        assertThat(problem(ChangeDialog.class)).isEqualTo("Der Gesundheitsfragebogen des Gastes schließt das aus. "
                + "Heiße Steine: Bei Krampfadern sind heiße Steine nicht ratsam: Wärme weitet die Venen.");
    }

    @Test
    void a_longer_session_that_runs_into_the_next_booking_says_when_it_would_fit() {
        long id = book("10:00", "ANNA", "LINDEN");
        book("10:45", "ANNA", "BIRCH");
        openBooking(id);
        tap("Change treatment…");
        _setValue(select("Duration"), ids.treatment("RELAXING_FOOT").variants().stream()
                .filter(v -> v.durationMinutes() == 60).findFirst().orElseThrow());
        tap("Save change");
        assertThat(problem(ChangeDialog.class)).startsWith("The changed session does not fit at this time");
        assertThat(jdbc.queryForObject("select ends_at from booking where id = ?", Instant.class, id)).isEqualTo(at("10:30"));
    }

    @Test
    void a_change_made_elsewhere_first_is_named_and_the_choice_is_kept() {
        long id = book("10:00", "ANNA", "LINDEN");
        openBooking(id);
        tap("Change treatment…");
        _setValue(select("Duration"), ids.treatment("RELAXING_FOOT").variants().stream()
                .filter(v -> v.durationMinutes() == 45).findFirst().orElseThrow());
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN);
        tap("Save change");
        assertThat(problem(ChangeDialog.class)).startsWith("user changed this booking at");
        tap("Save change");
        assertThat(jdbc.queryForObject("select ends_at from booking where id = ?", Instant.class, id)).isEqualTo(at("10:45"));
    }

    // ---------------------------------------------------------------- block time

    @Test
    void a_block_is_refused_while_a_booking_is_in_the_way_and_saved_once_it_has_moved() {
        long id = book("10:00", "ANNA", "LINDEN");
        UI.getCurrent().navigate("desk/" + monday);
        tap("Block time");
        var dialog = _get(BlockTimeDialog.class);
        _setValue(select("Therapist"), ids.therapist("ANNA"));
        _setValue(_get(dialog, TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(9, 0));
        _setValue(_get(dialog, TimePicker.class, spec -> spec.withLabel("Until")), LocalTime.of(12, 0));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Reason")), "Sick");
        assertThat(dialog.getElement().getTextRecursively()).contains(hm("10:00"), "Ines", "Booked");
        _click(_get(dialog, Button.class, spec -> spec.withText("Block time")));
        assertThat(problem(BlockTimeDialog.class)).isEqualTo("Bookings lie in this time. Move or cancel them first.");
        assertThat(jdbc.queryForObject("select count(*) from time_off where therapist_id = ? and starts_at = ?",
                Integer.class, ids.therapist("ANNA"), java.sql.Timestamp.from(at("09:00")))).isZero();

        tap("Open"); // the booking's panel, over the block dialog
        tap("Move…");
        _setValue(select("Time"), at("14:00"));
        _click(_get(_get(MoveDialog.class), Button.class, spec -> spec.withText("Move")));
        _get(BookingPanel.class).close();
        assertThat(dialog.getElement().getTextRecursively()).contains("Nothing is booked in this time.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Block time")));
        assertThat(_find(BlockTimeDialog.class)).isEmpty();
        assertThat(jdbc.queryForObject("select reason from time_off where therapist_id = ? and starts_at = ?",
                String.class, ids.therapist("ANNA"), java.sql.Timestamp.from(at("09:00")))).isEqualTo("Sick");
        assertThat(startOf(id)).isEqualTo(at("14:00"));
        // Anna's column (the first, by name) is shaded from 08:00 (before her shift) to the end of the block at 12:00.
        assertThat(_find(Div.class, spec -> spec.withClasses("desk-off"))).anySatisfy(off -> {
            assertThat(off.getStyle().get("grid-column")).isEqualTo("2");
            assertThat(off.getStyle().get("grid-row")).isEqualTo("2 / 18");
        });
    }

    // ---------------------------------------------------------------- drag to move

    static Div dropZone(long column) {
        return _find(Div.class, spec -> spec.withClasses("desk-drop")).stream()
                .filter(d -> String.valueOf(column).equals(d.getElement().getAttribute("data-column")))
                .findFirst().orElseThrow();
    }

    /** Drags the block and lets go at a time in a column, as the browser reports it (the day starts at 08:00). */
    void drag(long bookingId, long column, String time) {
        var block = DeskViewTest.block(bookingId);
        ElementUtilsKt._fireDomEvent(block.getElement(), new DomEvent(block.getElement(), "dragstart",
                JsonNodeFactory.instance.objectNode()));
        double fraction = (java.time.Duration.between(at("08:00"), at(time)).toMinutes() / 15 + 0.5) / _get(DayCalendar.class).rows();
        var zone = dropZone(column);
        ElementUtilsKt._fireDomEvent(zone.getElement(), new DomEvent(zone.getElement(), "drop",
                JsonNodeFactory.instance.objectNode().put(DayCalendar.DROP_FRACTION, fraction)));
    }

    @Test
    void a_block_dropped_on_another_therapist_and_time_moves_after_a_confirm_that_names_the_place() {
        long id = book("10:00", "ANNA", "LINDEN");
        UI.getCurrent().navigate("desk/" + monday);
        drag(id, ids.therapist("MIRA"), "14:00");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withClasses("desk-drop-confirm"))
                .getElement().getTextRecursively())
                .contains("Ines: move to ", hm("14:00") + "–" + hm("14:30") + ", with Mira Novak in Linden room?");
        tap("Move");
        assertThat(startOf(id)).isEqualTo(at("14:00"));
        assertThat(jdbc.queryForObject("select therapist_id from booking where id = ?", Long.class, id))
                .isEqualTo(ids.therapist("MIRA"));
        NotificationsKt.expectNotifications("The booking was moved.");
    }

    @Test
    void a_drop_the_engine_does_not_allow_is_refused_calmly_without_a_confirm() {
        long id = book("10:00", "ANNA", "LINDEN");
        UI.getCurrent().navigate("desk/" + monday);
        drag(id, ids.therapist("ANNA"), "12:30");
        NotificationsKt.expectNotifications("It cannot go to " + hm("12:30") + ": the therapist does not work then (or is on a break).");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        assertThat(startOf(id)).isEqualTo(at("10:00"));
    }

    @Test
    void a_drop_on_a_time_taken_meanwhile_says_so_after_the_confirm() {
        long id = book("10:00", "ANNA", "LINDEN");
        UI.getCurrent().navigate("desk/" + monday);
        drag(id, ids.therapist("ANNA"), "15:00");
        book("15:00", "ANNA", "BIRCH");
        tap("Move");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-problem")).getText())
                .isEqualTo("Someone took that time a moment ago. The calendar shows the day as it is now.");
        assertThat(startOf(id)).isEqualTo(at("10:00"));
    }
}
