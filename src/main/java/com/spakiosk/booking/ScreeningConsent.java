package com.spakiosk.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The guest agreed to store their screening results at {@code consentAt}; {@code yes} are the
 * question codes they answered "yes". Only the flagged items and verdicts are stored.
 */
public record ScreeningConsent(Set<String> yes, Instant consentAt) {

    public ScreeningConsent {
        yes = Set.copyOf(yes);
        Objects.requireNonNull(consentAt, "consentAt");
    }
}
