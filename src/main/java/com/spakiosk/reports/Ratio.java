package com.spakiosk.reports;

/** A share: {@code part} of {@code whole}. Undefined (not zero) when the whole is zero: nothing to divide. */
public record Ratio(long part, long whole) {

    public Ratio {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("A share of a negative count");
        }
    }

    public boolean isDefined() {
        return whole > 0;
    }

    /** The share from 0 to 1 (above 1 only when more was booked than available); 0 when undefined. */
    public double value() {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** In percent, rounded to one decimal. */
    public double percent() {
        return Math.round(value() * 1000) / 10.0;
    }
}
