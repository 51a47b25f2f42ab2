package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/** What a kiosk screen may ask of the kiosk around it: another screen, a fresh start, a timer. */
interface KioskNavigator {

    /** Shows a screen of the current guest's flow. */
    void show(KioskStep step);

    /** Forgets the guest (their hold released) and shows the welcome screen in English. */
    void startOver();

    /**
     * Runs {@code action} once after {@code delay}, unless {@code owner} has left the screen by
     * then: a timer dies with the screen that made it.
     */
    Registration after(Component owner, Duration delay, Runnable action);
}
