package com.spakiosk.kiosk.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * A guest's page that loads afresh in the middle of a booking: the app instance that held the
 * guest's session died, and the load balancer sent the page to another instance, which does not
 * know it (docs/decisions/0018-two-instances.md). The page then reloads quietly
 * (QuietSessionExpiry); this notice says on the welcome screen, calmly, that we had to start again.
 *
 * The server that answers cannot know what the page showed before, so the browser tab remembers
 * it: one flag in the tab's sessionStorage while a guest is past the welcome screen (nothing of
 * the guest), cleared whenever the kiosk is back at its welcome screen, so that a kiosk whose idle
 * session simply ran out shows its next guest no apology.
 */
class StartAgainNotice extends Paragraph {

    static final String FLAG = "spa-kiosk-guest-mid-flow";

    StartAgainNotice() {
        setText(getTranslation("kiosk.welcome.startedAgain"));
        addClassName("kiosk-start-again");
        getElement().setAttribute("role", "status");
    }

    /** Tells the browser tab whether a guest is past the welcome screen now. */
    static void remember(Element kiosk, boolean guestMidFlow) {
        kiosk.executeJs(guestMidFlow ? "sessionStorage.setItem($0, '1')" : "sessionStorage.removeItem($0)", FLAG);
    }

    /** Runs {@code show} once this freshly loaded page finds that its tab was in the middle of a booking. */
    static void whenReloadedMidFlow(Element kiosk, Runnable show) {
        kiosk.executeJs("const was = sessionStorage.getItem($0) === '1'; sessionStorage.removeItem($0); return was;", FLAG)
                .then(Boolean.class, was -> {
                    if (Boolean.TRUE.equals(was)) {
                        show.run();
                    }
                });
    }
}
