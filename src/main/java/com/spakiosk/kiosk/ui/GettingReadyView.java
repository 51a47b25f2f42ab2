package com.spakiosk.kiosk.ui;

import com.spakiosk.base.ui.SpaI18NProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * What a kiosk shows while the app is still starting (the web server answers a few seconds
 * before the start-up work is done, e.g. the demo spa loading): a calm "one moment" in every
 * kiosk language, since no guest has chosen one yet, instead of an empty menu. It asks the
 * server every two seconds and opens the kiosk as soon as the app is ready (Spring's readiness,
 * the same state {@code /actuator/health/readiness} reports).
 */
@Route("getting-ready")
@AnonymousAllowed
public class GettingReadyView extends Main implements HasDynamicTitle {

    static final int POLL_MS = 2000;

    private final ApplicationAvailability availability;
    private Registration pollListener;

    GettingReadyView(ApplicationAvailability availability) {
        this.availability = availability;
        addClassName("kiosk");
        var section = new Section();
        section.addClassNames("kiosk-welcome", "kiosk-getting-ready");
        section.getElement().setAttribute("aria-live", "polite");
        for (Locale language : SpaI18NProvider.LANGUAGES) {
            var greeting = new Div(new H1(getTranslation(language, "kiosk.ready.title")),
                    new Paragraph(getTranslation(language, "kiosk.ready.text")));
            greeting.getElement().setAttribute("lang", language.getLanguage());
            section.add(greeting);
        }
        add(section);
    }

    static boolean isReady(ApplicationAvailability availability) {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MS);
        pollListener = ui.addPollListener(e -> openKioskWhenReady(ui));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        event.getUI().setPollInterval(-1); // the kiosk keeps its own timers (PollTimers)
    }

    private void openKioskWhenReady(UI ui) {
        if (isReady(availability)) {
            ui.navigate(KioskView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(Locale.ENGLISH, "kiosk.ready.title");
    }
}
