package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;

/**
 * The screens of the kiosk, in the order a guest meets them. The six numbered ones are the
 * steps of a booking ("Step 2 of 6"); the others branch off or close the flow. Every screen
 * but the welcome screen shows something of a guest, and so falls under the idle wipe.
 */
enum KioskStep {
    WELCOME(0, WelcomeStep::new),
    FIND_BOOKING(0, FindBookingStep::new),
    MENU(1, MenuStep::new),
    OPTIONS(2, OptionsStep::new),
    SCREENING(3, ScreeningStep::new),
    NOT_SUITABLE(3, NotSuitableStep::new),
    NO_CONSENT(3, NoConsentStep::new),
    TIMES(4, TimeStep::new),
    DETAILS(5, DetailsStep::new),
    REVIEW(6, ReviewStep::new),
    DONE(0, DoneStep::new);

    /** How many numbered steps a booking has. */
    static final int NUMBERED = 6;

    private final int number;
    private final BiFunction<KioskFlow, KioskNavigator, Component> screen;

    KioskStep(int number, BiFunction<KioskFlow, KioskNavigator, Component> screen) {
        this.number = number;
        this.screen = screen;
    }

    /** The step's place in "Step n of 6", or 0 for screens outside the numbered steps. */
    int number() {
        return number;
    }

    Component create(KioskFlow flow, KioskNavigator navigator) {
        return screen.apply(flow, navigator);
    }
}
