package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.base.Money;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.PaymentMethod;
import com.spakiosk.booking.ScreeningConsent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The booking panel's actions beyond a bare status change: no-show and cancel with a reason, the
 * desk's note, a stale version that names who changed the booking and keeps what the clerk typed,
 * checkout with a discount, and the day's takings.
 */
@WithMockUser(roles = "FRONT_DESK")
class BookingPanelTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long booked(String time) {
        return booked(time, Set.of());
    }

    long booked(String time, Set<String> screeningYes) {
        String owner = "desk-panel-test-" + time;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, BookingChannel.KIOSK, screeningYes));
        bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null),
                screeningYes.isEmpty() ? null : new ScreeningConsent(screeningYes, clock.instant()));
        return held.bookingId();
    }

    long inSession(String time) {
        long id = booked(time);
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN);
        bookings.changeStatus(id, version(id), BookingStatus.IN_PROGRESS);
        return id;
    }

    long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    Object column(long id, String column) {
        return jdbc.queryForObject("select " + column + " from booking where id = ?", Object.class, id);
    }

    @Test
    void the_panel_names_the_oil_in_words_the_equipment_the_session_takes_and_where_it_was_booked() {
        String owner = "desk-panel-extras";
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(
                        new HoldRequest.AddOnChoice(ids.addOn("AROMATHERAPY").id(), "LAVENDER"),
                        new HoldRequest.AddOnChoice(ids.addOn("HOT_STONES").id(), null)),
                DemoSpaIds.at(monday, "16:00"), ids.therapist("ANNA"), ids.room("LINDEN"), owner,
                BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null);
        openPanel(held.bookingId());
        String facts = _get(com.vaadin.flow.component.html.DescriptionList.class,
                spec -> spec.withClasses("desk-panel__facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Aromatherapy (Lavender: calming)", "Hot stones", "Stone heater", "Kiosk")
                .doesNotContain("LAVENDER");
    }

    void openPanel(long id) {
        UI.getCurrent().navigate("desk/" + monday);
        _click(DeskViewTest.block(id));
    }

    /** Another clerk, signed in as someone else, changes the booking at their own desk. */
    void asOtherClerk(Runnable change) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bruno.desk", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
        try {
            change.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(me);
        }
    }

    static String problem() {
        // A hidden problem is not found: nothing to read.
        var problem = _find(Paragraph.class, spec -> spec.withClasses("desk-problem"));
        return problem.isEmpty() ? "" : problem.getFirst().getText();
    }

    static String staleText() {
        return _get(Div.class, spec -> spec.withClasses("desk-panel__stale")).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    // ---------------------------------------------------------------- no-show and cancel with a reason

    @Test
    void a_no_show_asks_why_and_keeps_the_reason_with_the_booking() {
        long id = booked("09:00");
        openPanel(id);
        DeskViewTest.tap("No-show");
        DeskViewTest.tap("Mark as no-show");
        assertThat(problem()).isEqualTo("Please choose a reason, or choose \"Other\" and write one.");
        assertThat(column(id, "status")).isEqualTo("CONFIRMED");

        _setValue(radio("What happened?"), "DID_NOT_COME");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Details")), "Phoned twice, no answer");
        DeskViewTest.tap("Mark as no-show");
        assertThat(column(id, "status")).isEqualTo("NO_SHOW");
        assertThat(column(id, "status_reason")).isEqualTo("Did not come: Phoned twice, no answer");
        assertThat(DeskViewTest.panelText()).contains("No-show", "Did not come: Phoned twice, no answer");
    }

    @Test
    void a_cancellation_asks_why_and_other_takes_the_clerks_own_words() {
        long id = booked("10:00");
        openPanel(id);
        DeskViewTest.tap("Cancel booking");
        _setValue(radio("Why is the booking cancelled?"), EndingReason.OTHER);
        DeskViewTest.tap("Cancel the booking");
        assertThat(problem()).startsWith("Please choose a reason");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Details")), "Double booked by phone");
        DeskViewTest.tap("Cancel the booking");
        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        assertThat(column(id, "status_reason")).isEqualTo("Double booked by phone");
        assertThat(jdbc.queryForObject("select details from booking_history where booking_id = ? and action = 'CANCELLED'",
                String.class, id)).isEqualTo("Double booked by phone");
    }

    // ---------------------------------------------------------------- the desk's note

    @Test
    void the_desk_note_is_edited_in_the_panel_and_the_history_says_it_changed() {
        long id = booked("11:00");
        openPanel(id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Desk note")), "Prefers firm pressure");
        DeskViewTest.tap("Save note");
        assertThat(column(id, "desk_note")).isEqualTo("Prefers firm pressure");
        assertThat(DeskViewTest.panelText()).contains("NOTE_CHANGED · note changed");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Desk note")).getValue()).isEqualTo("Prefers firm pressure");
    }

    // ---------------------------------------------------------------- someone else first

    @Test
    void a_stale_note_names_who_changed_the_booking_and_when_keeps_the_text_and_applies_it_again_with_one_click() {
        long id = booked("13:00");
        openPanel(id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Desk note")), "Allergic to lavender, tell Anna");
        asOtherClerk(() -> bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN));
        DeskViewTest.tap("Save note");

        assertThat(problem()).isEqualTo("Someone else changed this booking a moment ago. Here is how it looks now.");
        assertThat(staleText()).contains("bruno.desk changed it at", ": Arrived.", "What you entered is still here.");
        assertThat(DeskViewTest.panelText()).contains("Arrived");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Desk note")).getValue())
                .isEqualTo("Allergic to lavender, tell Anna");
        assertThat(column(id, "desk_note")).isNull();

        DeskViewTest.tap("Apply my change again");
        assertThat(column(id, "desk_note")).isEqualTo("Allergic to lavender, tell Anna");
        assertThat(problem()).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("desk-panel__stale"))).isEmpty();
    }

    @Test
    void when_another_clerk_saved_a_note_first_both_notes_are_on_screen_and_mine_is_not_lost() {
        long id = booked("16:00");
        openPanel(id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Desk note")), "Wants the Linden room next time");
        asOtherClerk(() -> bookings.changeDeskNote(id, version(id), "Paid a deposit"));
        DeskViewTest.tap("Save note");
        assertThat(staleText()).contains("bruno.desk", "note changed");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Desk note")).getValue())
                .isEqualTo("Wants the Linden room next time");
        assertThat(DeskViewTest.panelText()).contains("Saved note now: Paid a deposit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Desk note")), "Paid a deposit. Wants the Linden room next time");
        DeskViewTest.tap("Apply my change again");
        assertThat(column(id, "desk_note")).isEqualTo("Paid a deposit. Wants the Linden room next time");
        assertThat(DeskViewTest.panelText()).doesNotContain("Saved note now");
    }

    @Test
    void a_stale_cancellation_keeps_the_chosen_reason_and_words_for_one_more_click() {
        long id = booked("14:00");
        openPanel(id);
        DeskViewTest.tap("Cancel booking");
        _setValue(radio("Why is the booking cancelled?"), "GUEST_CALLED");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Details")), "Has a cold");
        asOtherClerk(() -> bookings.changeDeskNote(id, version(id), "Called at 9"));
        DeskViewTest.tap("Cancel the booking");

        assertThat(staleText()).contains("bruno.desk", "note changed");
        assertThat(column(id, "status")).isEqualTo("CONFIRMED");
        assertThat(radio("Why is the booking cancelled?").getValue()).isEqualTo("GUEST_CALLED");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Details")).getValue()).isEqualTo("Has a cold");
        DeskViewTest.tap("Apply my change again");
        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        assertThat(column(id, "status_reason")).isEqualTo("Guest called to cancel: Has a cold");
    }

    @Test
    void a_stale_review_clearance_keeps_the_review_note() {
        long id = booked("15:00", Set.of("BLOOD_THINNERS")); // a REVIEW answer
        openPanel(id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("What you checked with the guest")), "No acute symptoms");
        asOtherClerk(() -> bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN));
        DeskViewTest.tap("Clear review");
        assertThat(staleText()).contains("bruno.desk", "Arrived");
        assertThat(_get(TextField.class, spec -> spec.withLabel("What you checked with the guest")).getValue())
                .isEqualTo("No acute symptoms");
        DeskViewTest.tap("Apply my change again");
        assertThat(column(id, "screening_cleared_by")).isEqualTo("user");
    }

    // ---------------------------------------------------------------- checkout and takings

    @Test
    void checkout_with_a_discount_records_method_reason_and_amount_paid() {
        long id = inSession("09:00"); // 36.00 EUR
        openPanel(id);
        _setValue(radio("How did the guest pay?"), PaymentMethod.CARD);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Discount")), new BigDecimal("6.00"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-panel__to-pay")).getText())
                .isEqualTo("To pay: €30.00");
        DeskViewTest.tap("Complete and record payment");
        assertThat(problem()).isEqualTo("Please give a reason for the discount.");
        assertThat(column(id, "status")).isEqualTo("IN_PROGRESS");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason for the discount")), "Regular guest");
        DeskViewTest.tap("Complete and record payment");
        assertThat(column(id, "status")).isEqualTo("COMPLETED");
        assertThat((BigDecimal) column(id, "paid_amount")).isEqualByComparingTo("30.00");
        assertThat(column(id, "payment_method")).isEqualTo("CARD");
        assertThat(DeskViewTest.panelText()).contains("Done", "€30.00 by Card (discount €6.00: Regular guest)");
    }

    @Test
    void a_discount_above_the_price_is_refused_and_nothing_changes() {
        long id = inSession("10:00");
        openPanel(id);
        _setValue(radio("How did the guest pay?"), PaymentMethod.CASH);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Discount")), new BigDecimal("40.00"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason for the discount")), "Too generous");
        DeskViewTest.tap("Complete and record payment");
        assertThat(problem()).isEqualTo("A discount must be between zero and the price.");
        assertThat(column(id, "status")).isEqualTo("IN_PROGRESS");
        assertThat(column(id, "payment_method")).isNull();
    }

    @Test
    void the_day_takings_show_what_checkout_recorded_by_method_and_the_total() {
        long cash = inSession("09:00");
        long card = inSession("10:00");
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "12:00")));
        bookings.checkout(cash, version(cash), PaymentMethod.CASH, null, null);
        bookings.checkout(card, version(card), PaymentMethod.CARD, Money.of("4.00", "EUR"), "Birthday");
        UI.getCurrent().navigate("desk/" + monday);
        DeskViewTest.tap("Day takings");
        String text = _get(TakingsDialog.class).getElement().getTextRecursively();
        assertThat(text).contains("Cash", "€36.00", "Card", "€32.00", "Voucher", "€0.00", "Total", "€68.00",
                "2 payments", "€4.00");
    }

    @Test
    void the_panel_links_to_the_printable_session_card() {
        long id = booked("11:00");
        openPanel(id);
        var link = _get(Anchor.class, spec -> spec.withText("Session card"));
        assertThat(link.getHref()).isEqualTo("desk/card/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Complete"))).isEmpty();
    }
}
