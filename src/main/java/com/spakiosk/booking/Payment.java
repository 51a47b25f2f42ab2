package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.base.Require;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a completed session was paid: the method, a discount with its reason, and what the guest
 * paid (the price less the discount). Amounts are in the booking's currency.
 */
@Embeddable
public record Payment(@Enumerated(EnumType.STRING) PaymentMethod paymentMethod, BigDecimal discountAmount,
                      String discountReason, BigDecimal paidAmount, Instant paidAt) {

    /**
     * Checks out {@code price}: the discount may not be negative or above the price, and a
     * discount needs a reason (plain text, at most {@link Booking#REASON_MAX} characters).
     */
    public static Payment of(Money price, PaymentMethod method, Money discount, String discountReason, Instant at) {
        Require.present(method, "Payment method");
        Money off = discount == null ? Money.zero(price.currency()) : discount;
        if (off.compareTo(price) > 0) {
            throw new IllegalArgumentException("The discount cannot be more than the price");
        }
        String reason = off.isZero() ? null : Require.plainText(discountReason, Booking.REASON_MAX, "Discount reason");
        return new Payment(method, off.amount(), reason, price.minus(off).amount(), Require.present(at, "Time"));
    }

    public Money discount(String currency) {
        return Money.of(discountAmount, currency);
    }

    public Money paid(String currency) {
        return Money.of(paidAmount, currency);
    }

    /** The history line: "paid 43.00 EUR by CARD, discount 5.00 EUR: regular guest". */
    String summary(Money price) {
        String currency = price.currency().getCurrencyCode();
        return "paid " + paid(currency) + " by " + paymentMethod
                + (discountReason == null ? "" : ", discount " + discount(currency) + ": " + discountReason);
    }
}
