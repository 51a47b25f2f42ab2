package com.spakiosk.reports;

/**
 * A headline figure of the period with the same figure for the period before. A rate's change is
 * in percentage points, a count's or amount's in its own unit and in percent of the earlier value.
 */
public record Kpi(Name name, Unit unit, double current, double previous) {

    public enum Name {
        BOOKINGS, REVENUE, AVERAGE_TICKET, UTILISATION, NO_SHOW_RATE, CANCELLATION_RATE, ADD_ON_ATTACH_RATE,
        REBOOKING_RATE, SCREENED_OUT
    }

    public enum Unit { COUNT, MONEY, PERCENT }

    /** The difference to the period before (percentage points for a rate). */
    public double change() {
        return current - previous;
    }

    /** The change in percent of the earlier value; undefined when the earlier value was zero or this is a rate. */
    public Double relativeChange() {
        if (unit == Unit.PERCENT || previous == 0) {
            return null;
        }
        return Math.round((current - previous) / previous * 1000) / 10.0;
    }

    /**
     * Whether the figure moved the way a spa wants (fewer no-shows and cancellations, more of the
     * rest); null when it did not move, or for screened-out demand, which is neither good nor bad.
     */
    public Boolean improved() {
        if (current == previous || name == Name.SCREENED_OUT) {
            return null;
        }
        boolean lowerIsBetter = name == Name.NO_SHOW_RATE || name == Name.CANCELLATION_RATE;
        return lowerIsBetter == current < previous;
    }
}
