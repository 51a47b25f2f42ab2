package com.spakiosk.base;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether this app runs the demo spa (the {@code demo} profile): the staff pages then say so,
 * so nobody mistakes it for a spa's real calendar.
 */
@Component
public class DemoMode {

    /** The Spring profile that loads the demo spa; {@code ./mvnw} turns it on, the jar and the image do not. */
    public static final String PROFILE = "demo";

    private final boolean on;

    DemoMode(Environment environment) {
        this.on = environment.acceptsProfiles(Profiles.of(PROFILE));
    }

    public boolean isOn() {
        return on;
    }
}
