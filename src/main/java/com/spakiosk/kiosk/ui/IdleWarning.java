package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * "Are you still there?": a countdown with a large "I am still here". When it reaches zero the
 * kiosk forgets everything about the guest. Its one-second ticks are timers of this dialog, so
 * they end when it closes or leaves the screen.
 */
class IdleWarning extends Dialog {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final Paragraph countdown = new Paragraph();
    private final KioskNavigator navigator;
    private final Runnable onTimeout;
    private Registration nextTick;
    private long secondsLeft;

    IdleWarning(Duration countdownLength, KioskNavigator navigator, Runnable onTimeout) {
        this.secondsLeft = countdownLength.toSeconds();
        this.navigator = navigator;
        this.onTimeout = onTimeout;
        addClassName("idle-warning");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        var stay = new Button(getTranslation("kiosk.idle.stay"), e -> stop());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.addClassName("kiosk-next");
        countdown.getElement().setAttribute("aria-live", "assertive");
        add(new H2(getTranslation("kiosk.idle.title")), countdown, stay);
        showSeconds();
    }

    void start() {
        open();
        scheduleTick();
    }

    private void scheduleTick() {
        nextTick = navigator.after(this, TICK, this::tick);
    }

    private void tick() {
        secondsLeft--;
        if (secondsLeft <= 0) {
            stop();
            onTimeout.run();
        } else {
            showSeconds();
            scheduleTick();
        }
    }

    /** The guest is still here (or the kiosk moved on): no more ticks, no dialog. */
    void stop() {
        if (nextTick != null) {
            nextTick.remove();
            nextTick = null;
        }
        close();
    }

    private void showSeconds() {
        countdown.setText(getTranslation("kiosk.idle.countdown", secondsLeft));
    }
}
