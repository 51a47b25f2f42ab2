package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/**
 * "Are you still there?": a countdown with a large "I'm still here". When it reaches zero the
 * kiosk forgets everything about the guest.
 */
class IdleWarning extends Dialog {

    private final Paragraph countdown = new Paragraph();
    private final Runnable onTimeout;
    private Registration poll;
    private int secondsLeft;

    IdleWarning(int seconds, Runnable onTimeout) {
        this.secondsLeft = seconds;
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
        getUI().ifPresent(ui -> {
            ui.setPollInterval(1000);
            poll = ui.addPollListener(e -> tick());
        });
    }

    /** One second passed. */
    void tick() {
        secondsLeft--;
        if (secondsLeft <= 0) {
            stop();
            onTimeout.run();
        } else {
            showSeconds();
        }
    }

    void stop() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        close();
    }

    private void showSeconds() {
        countdown.setText(getTranslation("kiosk.idle.countdown", secondsLeft));
    }
}
