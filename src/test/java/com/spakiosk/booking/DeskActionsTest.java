package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import com.spakiosk.base.Money;
import com.spakiosk.booking.BookingException.Reason;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The desk's actions beyond a bare status change: cancel and no-show with a reason, the desk's
 * note, checkout with payment and discount, and the day's takings. Every refusal changes nothing.
 */
@SpringTest
@WithMockUser(username = "clara.desk", roles = "FRONT_DESK")
class DeskActionsTest {

    @Autowired BookingService bookings;
    @Autowired GuestBookingService guests;
    @Autowired TakingsService takings;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long confirmed(String time) {
        String owner = "desk-actions-" + time;
        var hold = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(monday, time), ids.therapist("ANNA"), ids.room("LINDEN"),
                owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(hold.bookingId(), owner, new Guest("Test", "+4915123456789", null), null).bookingId();
    }

    long inSession(String time) {
        long id = confirmed(time);
        bookings.changeStatus(id, version(id), BookingStatus.CHECKED_IN);
        bookings.changeStatus(id, version(id), BookingStatus.IN_PROGRESS);
        return id;
    }

    long version(long id) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from booking where id = ?", id);
    }

    Map<String, Object> lastHistory(long id) {
        return jdbc.queryForList("select * from booking_history where booking_id = ? order by id desc", id).getFirst();
    }

    Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (BookingException e) {
            return e.reason();
        } catch (IllegalArgumentException e) {
            return null;
        }
        throw new AssertionError("the action was not refused");
    }

    // ---------------------------------------------------------------- cancel and no-show with a reason

    @Test
    void a_cancellation_keeps_its_reason_with_the_booking_and_in_the_history_line() {
        long id = confirmed("09:00");
        bookings.cancel(id, version(id), "Guest called to cancel: has a cold");
        assertThat(row(id)).containsEntry("STATUS", "CANCELLED")
                .containsEntry("STATUS_REASON", "Guest called to cancel: has a cold");
        assertThat(lastHistory(id)).containsEntry("ACTION", "CANCELLED").containsEntry("ACTOR", "clara.desk")
                .containsEntry("DETAILS", "Guest called to cancel: has a cold");
    }

    @Test
    void a_no_show_keeps_its_reason_with_the_booking_and_in_the_history_line() {
        long id = confirmed("09:30");
        bookings.markNoShow(id, version(id), "Did not come");
        assertThat(row(id)).containsEntry("STATUS", "NO_SHOW").containsEntry("STATUS_REASON", "Did not come");
        assertThat(lastHistory(id)).containsEntry("ACTION", "NO_SHOW").containsEntry("DETAILS", "Did not come");
    }

    @Test
    void a_cancellation_without_a_reason_or_with_hidden_characters_or_too_long_is_refused_and_changes_nothing() {
        long id = confirmed("10:00");
        long seen = version(id);
        assertThat(refusal(() -> bookings.cancel(id, seen, "  "))).isNull();
        assertThat(refusal(() -> bookings.markNoShow(id, seen, "Did not\u202Ecome"))).isNull();
        assertThat(refusal(() -> bookings.cancel(id, seen, "x".repeat(Booking.REASON_MAX + 1)))).isNull();
        assertThat(row(id)).containsEntry("STATUS", "CONFIRMED").containsEntry("STATUS_REASON", null);
        assertThat(version(id)).isEqualTo(seen);
    }

    @Test
    void a_cancellation_with_a_version_someone_else_changed_is_refused_as_stale() {
        long id = confirmed("10:30");
        long seen = version(id);
        bookings.changeStatus(id, seen, BookingStatus.CHECKED_IN);
        assertThat(refusal(() -> bookings.cancel(id, seen, "Guest called to cancel"))).isEqualTo(Reason.STALE);
        assertThat(row(id)).containsEntry("STATUS", "CHECKED_IN").containsEntry("STATUS_REASON", null);
    }

    @Test
    void a_session_in_progress_cannot_be_cancelled_or_marked_a_no_show() {
        long id = inSession("11:00");
        assertThat(refusal(() -> bookings.markNoShow(id, version(id), "Did not come")))
                .isEqualTo(Reason.TRANSITION_NOT_ALLOWED);
        assertThat(row(id)).containsEntry("STATUS", "IN_PROGRESS");
    }

    @Test
    @WithMockUser(roles = {})
    void a_guest_cancelling_at_the_kiosk_records_their_own_reason() {
        long id = confirmed("11:30");
        String code = (String) row(id).get("REFERENCE_CODE");
        guests.cancelForGuest(code, "6789");
        assertThat(row(id)).containsEntry("STATUS", "CANCELLED")
                .containsEntry("STATUS_REASON", GuestBookingService.GUEST_CANCEL_REASON);
        assertThat(lastHistory(id)).containsEntry("ACTOR", "guest")
                .containsEntry("DETAILS", "Cancelled by the guest at the kiosk");
    }

    // ---------------------------------------------------------------- the desk's note

    @Test
    void the_desk_note_is_saved_with_lines_and_the_history_says_it_changed_not_what_it_says() {
        long id = confirmed("12:00");
        bookings.changeDeskNote(id, version(id), "Prefers firm pressure.\nParks at the back.");
        assertThat(row(id)).containsEntry("DESK_NOTE", "Prefers firm pressure.\nParks at the back.");
        assertThat(lastHistory(id)).containsEntry("ACTION", "NOTE_CHANGED").containsEntry("DETAILS", "note changed")
                .containsEntry("ACTOR", "clara.desk");
        bookings.changeDeskNote(id, version(id), "   ");
        assertThat(row(id)).containsEntry("DESK_NOTE", null);
    }

    @Test
    void a_note_too_long_or_with_hidden_characters_is_refused_and_the_old_note_stays() {
        long id = confirmed("13:30");
        bookings.changeDeskNote(id, version(id), "Prefers firm pressure");
        long seen = version(id);
        assertThat(refusal(() -> bookings.changeDeskNote(id, seen, "x".repeat(Booking.DESK_NOTE_MAX + 1)))).isNull();
        assertThat(refusal(() -> bookings.changeDeskNote(id, seen, "zero\u200Bwidth"))).isNull();
        assertThat(row(id)).containsEntry("DESK_NOTE", "Prefers firm pressure");
        assertThat(version(id)).isEqualTo(seen);
    }

    @Test
    void a_note_on_a_version_someone_else_changed_is_refused_as_stale() {
        long id = confirmed("13:00");
        long seen = version(id);
        bookings.changeStatus(id, seen, BookingStatus.CHECKED_IN);
        assertThat(refusal(() -> bookings.changeDeskNote(id, seen, "Late by ten minutes"))).isEqualTo(Reason.STALE);
        assertThat(row(id)).containsEntry("DESK_NOTE", null);
    }

    // ---------------------------------------------------------------- checkout and takings

    @Test
    void checkout_completes_the_session_and_records_method_discount_reason_and_amount_paid() {
        long id = inSession("13:30"); // 36.00 EUR
        bookings.checkout(id, version(id), PaymentMethod.CARD, Money.of("6.00", "EUR"), "Regular guest");
        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("STATUS", "COMPLETED").containsEntry("PAYMENT_METHOD", "CARD")
                .containsEntry("DISCOUNT_REASON", "Regular guest");
        assertThat((java.math.BigDecimal) row.get("PAID_AMOUNT")).isEqualByComparingTo("30.00");
        assertThat((java.math.BigDecimal) row.get("DISCOUNT_AMOUNT")).isEqualByComparingTo("6.00");
        assertThat(lastHistory(id)).containsEntry("ACTION", "COMPLETED")
                .containsEntry("DETAILS", "paid 30.00 EUR by CARD, discount 6.00 EUR: Regular guest");
    }

    @Test
    void a_discount_above_the_price_or_without_a_reason_is_refused_and_the_session_stays_in_progress() {
        long id = inSession("14:00");
        long seen = version(id);
        assertThat(refusal(() -> bookings.checkout(id, seen, PaymentMethod.CASH, Money.of("36.01", "EUR"), "Too much")))
                .isNull();
        assertThat(refusal(() -> bookings.checkout(id, seen, PaymentMethod.CASH, Money.of("5.00", "EUR"), " ")))
                .isNull();
        assertThat(refusal(() -> bookings.checkout(id, seen, null, null, null))).isNull();
        assertThatThrownBy(() -> Money.of("-1.00", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(row(id)).containsEntry("STATUS", "IN_PROGRESS").containsEntry("PAYMENT_METHOD", null);
        assertThat(version(id)).isEqualTo(seen);
    }

    @Test
    void a_full_discount_is_allowed_and_the_guest_pays_nothing() {
        long id = inSession("14:30");
        bookings.checkout(id, version(id), PaymentMethod.VOUCHER, Money.of("36.00", "EUR"), "Gift voucher covers it");
        assertThat((java.math.BigDecimal) row(id).get("PAID_AMOUNT")).isEqualByComparingTo("0.00");
    }

    @Test
    void checkout_is_refused_before_the_session_started_and_on_a_stale_version() {
        long booked = confirmed("14:00");
        assertThat(refusal(() -> bookings.checkout(booked, version(booked), PaymentMethod.CASH, null, null)))
                .isEqualTo(Reason.TRANSITION_NOT_ALLOWED);
        long id = inSession("15:30");
        long seen = version(id);
        bookings.changeDeskNote(id, seen, "Asked for a receipt");
        assertThat(refusal(() -> bookings.checkout(id, seen, PaymentMethod.CASH, null, null))).isEqualTo(Reason.STALE);
        assertThat(row(id)).containsEntry("STATUS", "IN_PROGRESS").containsEntry("PAYMENT_METHOD", null);
    }

    @Test
    void completing_without_checkout_is_refused_so_that_every_completed_session_says_how_it_was_paid() {
        long id = inSession("16:00");
        assertThat(refusal(() -> bookings.changeStatus(id, version(id), BookingStatus.COMPLETED)))
                .isEqualTo(Reason.TRANSITION_NOT_ALLOWED);
        assertThat(row(id)).containsEntry("STATUS", "IN_PROGRESS");
    }

    @Test
    void the_days_takings_add_up_the_payments_of_that_day_by_method() {
        long cash = inSession("09:00");
        long card = inSession("10:00");
        long voucher = inSession("11:00");
        clock.advance(Duration.between(clock.instant(), at(monday, "17:00")));
        bookings.checkout(cash, version(cash), PaymentMethod.CASH, null, null);
        bookings.checkout(card, version(card), PaymentMethod.CARD, Money.of("4.00", "EUR"), "Birthday");
        clock.advance(Duration.ofDays(1)); // paid the next day: that day's till
        bookings.checkout(voucher, version(voucher), PaymentMethod.VOUCHER, null, null);

        DayTakings day = takings.day(monday);
        assertThat(day.byMethod()).containsEntry(PaymentMethod.CASH, Money.of("36.00", "EUR"))
                .containsEntry(PaymentMethod.CARD, Money.of("32.00", "EUR"))
                .containsEntry(PaymentMethod.VOUCHER, Money.of("0.00", "EUR"));
        assertThat(day.total()).isEqualTo(Money.of("68.00", "EUR"));
        assertThat(day.discounts()).isEqualTo(Money.of("4.00", "EUR"));
        assertThat(day.payments()).isEqualTo(2);
        assertThat(takings.day(monday.plusDays(1)).byMethod()).containsEntry(PaymentMethod.VOUCHER,
                Money.of("36.00", "EUR"));
    }
}
