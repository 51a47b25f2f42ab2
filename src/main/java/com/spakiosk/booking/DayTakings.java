package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the till should hold for a day: the payments taken at checkout that day, by method,
 * their total, the discounts given and how many sessions were paid.
 */
public record DayTakings(LocalDate date, Map<PaymentMethod, Money> byMethod, Money total, Money discounts,
                         long payments) {

    public DayTakings {
        byMethod = Map.copyOf(byMethod);
    }
}
