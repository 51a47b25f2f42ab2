package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.screening.ScreeningQuestion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Booking at the desk: the dialog from "New booking", a tapped free cell or "Walk-in now", with
 * the kiosk's screening rules, times from the engine, a returning or new guest, and the code on
 * a printable slip; a refusal and a "just taken" are shown calmly.
 */
@WithMockUser(roles = "FRONT_DESK")
class NewBookingDialogTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired AvailabilityService availability;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    final LocalDate monday = DemoSpaIds.freshMonday();
    final String phone = String.format("+49151%08d", ThreadLocalRandom.current().nextInt(100_000_000));

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    void choose(String treatmentCode, int minutes) {
        MenuTreatment treatment = ids.treatment(treatmentCode);
        _setValue(_get(Select.class, spec -> spec.withLabel("Treatment")), treatment);
        _setValue(radio("Duration"), treatment.variants().stream().filter(v -> v.durationMinutes() == minutes)
                .findFirst().orElseThrow());
    }

    static List<Slot> times() {
        return NewBookingDialogTest.<Slot>radio("Time").getListDataView().getItems().toList();
    }

    static Slot chosenTime() {
        return NewBookingDialogTest.<Slot>radio("Time").getValue();
    }

    static void type(String label, String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(label)), value);
    }

    static String dialogText() {
        return _get(NewBookingDialog.class).getElement().getTextRecursively();
    }

    Map<String, Object> bookingWithPhone(String phone) {
        return jdbc.queryForMap("select id, status, channel, guest_id, starts_at, therapist_id, created_by"
                + " from booking where guest_phone = ? order by id desc fetch first 1 row only", phone);
    }

    @Test
    void the_desk_books_a_new_guest_and_gets_the_code_with_a_printable_slip() {
        UI.getCurrent().navigate("desk/" + monday);
        tap("New booking");
        choose("RELAXING_FOOT", 30);
        tap("Check and find times");
        assertThat(times()).isNotEmpty().allMatch(s -> LocalDate.ofInstant(s.start(), DemoSpaIds.at(monday, "00:00")
                .atZone(java.time.ZoneId.of("Europe/Berlin")).getZone()).equals(monday));
        _setValue(radio("Time"), times().getFirst());
        type("First name", "Greta");
        type("Last name", "Sommer");
        type("Phone", "0" + phone.substring(3));
        tap("Book");

        var booking = bookingWithPhone(phone);
        assertThat(booking).containsEntry("status", "CONFIRMED").containsEntry("channel", "DESK")
                .containsEntry("created_by", "desk");
        assertThat(booking.get("guest_id")).isNotNull();
        String code = jdbc.queryForObject("select reference_code from booking where id = ?", String.class, booking.get("id"));
        assertThat(dialogText()).contains("Booked. The code is " + code);
        Div slip = _get(Div.class, spec -> spec.withClasses("desk-slip"));
        assertThat(slip.getElement().getTextRecursively()).contains(code, "Greta", "Relaxing");
        _get(Image.class, spec -> spec.withClasses("desk-slip__qr"));
        _get(Button.class, spec -> spec.withText("Print slip"));
        // The calendar behind the dialog already shows the new booking.
        assertThat(_find(Div.class, spec -> spec.withClasses("desk-block")).stream()
                .map(d -> d.getElement().getAttribute("data-booking")))
                .contains(String.valueOf(booking.get("id")));
    }

    @Test
    void a_german_clerk_reads_the_menu_and_the_screening_questions_in_german() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate("desk/" + monday);
        tap("Neue Buchung");
        @SuppressWarnings("unchecked")
        Select<MenuTreatment> treatment = _get(Select.class, spec -> spec.withLabel("Behandlung"));
        _setValue(treatment, ids.treatment("LYMPHATIC"));
        assertThat(treatment.getItemLabelGenerator().apply(ids.treatment("LYMPHATIC"))).isEqualTo("Lymphdrainage");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ScreeningQuestion> answers = _get(CheckboxGroup.class, spec -> spec.withLabel(
                "Stellen Sie jede Frage; kreuzen Sie jede an, die der Gast mit Ja beantwortet"));
        assertThat(answers.getListDataView().getItems().map(answers.getItemLabelGenerator()))
                .contains("Haben Sie Krampfadern?");
        assertThat(dialogText()).contains("Lavendel: beruhigend");
        assertThat(_find(Checkbox.class).stream().map(Checkbox::getLabel)).anyMatch(l -> l != null && l.startsWith("Aromatherapie"));
    }

    @Test
    void a_screening_answer_that_rules_out_the_treatment_is_refused_with_the_reason_and_the_safe_alternatives() {
        UI.getCurrent().navigate("desk/" + monday);
        tap("New booking");
        choose("ANTI_CELLULITE", 45);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ScreeningQuestion> answers = _get(CheckboxGroup.class,
                spec -> spec.withLabel("Ask each question; tick every one the guest answers with yes"));
        ScreeningQuestion bloodThinners = answers.getListDataView().getItems()
                .filter(q -> q.getCode().equals("BLOOD_THINNERS")).findFirst().orElseThrow();
        _setValue(answers, Set.of(bloodThinners));
        tap("Check and find times");
        assertThat(dialogText()).contains("A question was answered with yes");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "The guest agrees that we keep what a yes means for the session (not the answers themselves)")), true);
        tap("Check and find times");

        String refusal = _find(Paragraph.class, spec -> spec.withClasses("desk-refusal")).getFirst().getText();
        assertThat(refusal).startsWith("Anti-cellulite").contains("cannot be booked for this guest");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-alternatives")).getText())
                .startsWith("Safe for this guest instead:").contains("Lymphatic drainage").doesNotContain("Anti-cellulite");
        assertThat(times()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Book")).isEnabled()).isFalse();
    }

    @Test
    void a_time_someone_else_took_meanwhile_is_answered_calmly_with_the_next_free_times() {
        UI.getCurrent().navigate("desk/" + monday);
        tap("New booking");
        choose("RELAXING_FOOT", 30);
        tap("Check and find times");
        Slot wanted = times().getFirst();
        _setValue(radio("Time"), wanted);
        type("First name", "Greta");
        type("Phone", phone);
        // The kiosk books that very slot first.
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), wanted.start(), wanted.therapistId(), wanted.roomId(),
                "kiosk-first", BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), "kiosk-first", new Guest("Kim", null, "kim@example.org"), null);
        tap("Book");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-new-message")).getText())
                .isEqualTo("Someone booked that time a moment ago. Here are the next free times.");
        assertThat(times()).isNotEmpty().noneMatch(s -> s.start().equals(wanted.start())
                && s.therapistId() == wanted.therapistId());
        assertThat(jdbc.queryForObject("select count(*) from booking where guest_phone = ?", Integer.class, phone))
                .isZero();
    }

    @Test
    void walk_in_now_offers_the_earliest_start_from_now_with_any_therapist_and_books_it() {
        // It is 08:50 on a Monday: the earliest walk-in start is on the grid after the lead time.
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "08:50")));
        UI.getCurrent().navigate("desk/" + monday);
        tap("Walk-in now");
        choose("LYMPHATIC", 45);
        tap("Check and find times");
        Instant earliest = availability.walkInSlots(ids.treatment("LYMPHATIC").id(), ids.variant("LYMPHATIC", 45),
                List.of(), 1).getFirst().start();
        assertThat(chosenTime().start()).isEqualTo(earliest).isEqualTo(availability.earliestWalkInStart());
        type("First name", "Walter");
        type("Phone", phone);
        // Back to the real clock before holding: a hold expires whatever ran out by "now" on its
        // therapist and room, and the demo spa's own kiosk hold must outlive this test.
        clock.reset();
        tap("Book");
        assertThat(jdbc.queryForObject("select starts_at from booking where guest_phone = ?",
                java.time.OffsetDateTime.class, phone).toInstant()).isEqualTo(earliest);
    }

    @Test
    void a_returning_guest_found_by_phone_is_booked_on_their_own_record() {
        var first = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, "16:00"), ids.therapist("ANNA"),
                ids.room("LINDEN"), "kiosk-returning", BookingChannel.KIOSK, Set.of()));
        bookings.confirm(first.bookingId(), "kiosk-returning", new Guest("Rosa", phone, null), null);
        long guest = jdbc.queryForObject("select guest_id from booking where id = ?", Long.class, first.bookingId());

        UI.getCurrent().navigate("desk/" + monday);
        tap("New booking");
        choose("LYMPHATIC", 45);
        tap("Check and find times");
        _setValue(radio("Time"), times().getFirst());
        type("Returning guest", phone.substring(phone.length() - 8));
        _click(_find(Button.class, spec -> spec.withClasses("desk-guest-result")).stream()
                .filter(b -> b.getText().contains(phone)).findFirst().orElseThrow());
        assertThat(dialogText()).contains("Booking for Rosa · " + phone);
        tap("Book");

        assertThat(jdbc.queryForList("select guest_id from booking where guest_phone = ?", Long.class, phone))
                .hasSize(2).containsOnly(guest);
    }

    @Test
    void a_tap_on_free_working_time_opens_the_dialog_with_that_therapist_and_time_preselected() {
        UI.getCurrent().navigate("desk/" + monday);
        String anna = String.valueOf(ids.therapist("ANNA"));
        Div morning = _find(Div.class, spec -> spec.withClasses("desk-free")).stream()
                .filter(d -> anna.equals(d.getElement().getAttribute("data-therapist")))
                .min(java.util.Comparator.comparing(d -> Long.parseLong(d.getElement().getAttribute("data-from"))))
                .orElseThrow();
        long from = Long.parseLong(morning.getElement().getAttribute("data-from"));
        int rows = Integer.parseInt(morning.getElement().getAttribute("data-rows"));
        Instant tapped = DemoSpaIds.at(monday, "10:00");
        long row = Duration.between(Instant.ofEpochSecond(from), tapped).toMinutes() / 15;
        var calendar = _get(DayCalendar.class);
        var data = JacksonUtils.createObjectNode();
        data.put(DayCalendar.FREE_TAP, true);
        data.put(DayCalendar.FREE_THERAPIST, ids.therapist("ANNA"));
        data.put(DayCalendar.FREE_FROM, from);
        data.put(DayCalendar.FREE_ROWS, rows);
        data.put(DayCalendar.FREE_AT, (row + 0.5) / rows);
        ElementUtilsKt._fireDomEvent(calendar.getElement(), new DomEvent(calendar.getElement(), "click", data));

        _get(NewBookingDialog.class);
        choose("RELAXING_FOOT", 30);
        tap("Check and find times");
        assertThat(chosenTime().start()).isEqualTo(tapped);
        assertThat(chosenTime().therapistId()).isEqualTo(ids.therapist("ANNA"));
    }
}
