package com.spakiosk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What paid sessions brought in (after discounts), how many, and the average ticket. */
public record Revenue(String code, String name, long sessions, BigDecimal amount) {

    public BigDecimal averageTicket() {
        return sessions == 0 ? BigDecimal.ZERO.setScale(2)
                : amount.divide(BigDecimal.valueOf(sessions), 2, RoundingMode.HALF_UP);
    }

    Revenue plus(long moreSessions, BigDecimal more) {
        return new Revenue(code, name, sessions + moreSessions, amount.add(more));
    }
}
