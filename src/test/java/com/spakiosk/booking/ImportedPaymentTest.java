package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.base.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An imported finished session (the demo's morning) arrives with how it was paid, at full price. */
class ImportedPaymentTest {

    final Instant start = Instant.parse("2026-11-23T09:00:00Z");

    Booking booking() {
        var slot = new Assignment(1L, 1L, 1L, 1L, start, start.plus(Duration.ofMinutes(30)),
                start.plus(Duration.ofMinutes(40)));
        return Booking.confirmed(slot, new Guest("Olga", "+4915112345678", null), Money.of("36.00", "EUR"),
                BookingChannel.DESK, "ABCD234", start.minus(Duration.ofDays(1)), "import");
    }

    @Test
    void a_completed_imported_session_is_paid_at_its_full_price() {
        Booking b = booking();
        b.importStatus(BookingStatus.CHECKED_IN, start, "import");
        b.importStatus(BookingStatus.IN_PROGRESS, start, "import");
        b.importStatus(BookingStatus.COMPLETED, start.plus(Duration.ofMinutes(30)), "import");
        b.importPayment(PaymentMethod.CASH, start.plus(Duration.ofMinutes(30)));
        assertThat(b.getPayment().paid("EUR")).isEqualTo(Money.of("36.00", "EUR"));
        assertThat(b.getPayment().discount("EUR").isZero()).isTrue();
        assertThat(b.getPayment().paymentMethod()).isEqualTo(PaymentMethod.CASH);
    }

    @Test
    void a_session_that_is_not_completed_takes_no_imported_payment() {
        Booking b = booking();
        assertThatThrownBy(() -> b.importPayment(PaymentMethod.CARD, start)).isInstanceOf(IllegalStateException.class);
        assertThat(b.getPayment()).isNull();
    }
}
