package com.spakiosk.kiosk.ui;

import com.spakiosk.kiosk.KioskProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;

/**
 * The guest's kiosk: one address, with the screens of a booking shown in place, so that nothing
 * of a guest ends up in the browser's history. A guest's state lives in one {@link KioskFlow};
 * this view only shows its screens, keeps their timers, and forgets the guest who walks away.
 */
@Route("")
@AnonymousAllowed
public class KioskView extends Main implements HasDynamicTitle, KioskNavigator, BeforeEnterObserver {

    private final KioskServices services;
    private final KioskProperties properties;
    private final PollTimers timers;
    private final ApplicationAvailability availability;
    private KioskFlow flow;
    private KioskStep step;
    private IdleWarning idleWarning;
    private Registration pollListener;

    KioskView(KioskServices services, KioskProperties properties, ApplicationAvailability availability) {
        this.services = services;
        this.properties = properties;
        this.availability = availability;
        UI ui = UI.getCurrent();
        this.timers = new PollTimers(ui, services.clock());
        addClassName("kiosk");
        // The kiosk starts in English whatever the browser sends; the guest chooses a language.
        ui.setLocale(Locale.ENGLISH);
        this.flow = newFlow();
        show(KioskStep.WELCOME);
    }

    /** Until the app is ready (e.g. the demo spa still loading), a calm "one moment" instead of an empty menu. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!GettingReadyView.isReady(availability)) {
            event.forwardTo(GettingReadyView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollListener = event.getUI().addPollListener(e -> timers.poll());
        // The browser reports inactivity; any touch, key or scroll restarts its timer.
        getElement().executeJs("""
                const view = $0;
                let timer;
                const restart = () => { clearTimeout(timer); timer = setTimeout(() => view.$server.idle(), $1); };
                ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
                    document.addEventListener(type, restart, { passive: true, capture: true }));
                restart();""", getElement(), (int) properties.idleWarningAfter().toMillis());
        StartAgainNotice.whenReloadedMidFlow(getElement(), this::sayWeStartedAgain);
    }

    /** This page came back without its session in the middle of a booking (StartAgainNotice). */
    void sayWeStartedAgain() {
        if (step == KioskStep.WELCOME) {
            getChildren().findFirst().filter(WelcomeStep.class::isInstance).map(WelcomeStep.class::cast)
                    .ifPresent(welcome -> welcome.addComponentAtIndex(1, new StartAgainNotice()));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        timers.cancelAll();
        flow.end(); // the browser went away (closed, or its session ended): so does the guest's hold
    }

    /**
     * No touch for a while: warn, then forget the guest. Only the untouched welcome screen (in
     * English, nothing chosen) shows nothing of anyone; every other screen is a guest's.
     */
    @ClientCallable
    void idle() {
        if (isUntouched() || (idleWarning != null && idleWarning.isOpened())) {
            return;
        }
        closeIdleWarning(); // one the guest dismissed earlier
        idleWarning = new IdleWarning(properties.idleCountdown(), this, this::endSession);
        add(idleWarning);
        idleWarning.start();
    }

    private boolean isUntouched() {
        return !isGuestScreen(step, UI.getCurrent().getLocale());
    }

    /** Whether a screen shows anything of a guest: all but the welcome screen as every guest first sees it. */
    static boolean isGuestScreen(KioskStep step, Locale language) {
        return step != KioskStep.WELCOME || !Locale.ENGLISH.equals(language);
    }

    /**
     * The guest walked away: release their hold, end the browser session (so nothing of theirs
     * survives on the server) and load the start page afresh (nothing survives in the page).
     */
    void endSession() {
        startOver();
        UI.getCurrent().getPage().setLocation("/");
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    @Override
    public void show(KioskStep next) {
        closeIdleWarning();
        removeAll(); // detaches the old screen, and with it its listeners and timers
        // A manager's change reaches an open kiosk on its next screen; a choice that left the menu
        // sends the guest back to the menu with a kind word.
        boolean choicesStand = flow.catchUpWithTheMenu();
        step = choicesStand || next.ordinal() <= KioskStep.MENU.ordinal() ? next : KioskStep.MENU;
        add(step.create(flow, this));
        if (isAttached()) {
            StartAgainNotice.remember(getElement(), step != KioskStep.WELCOME);
        }
        if (step != next) {
            getChildren().findFirst().filter(com.vaadin.flow.component.HasComponents.class::isInstance)
                    .map(com.vaadin.flow.component.HasComponents.class::cast)
                    .ifPresent(screen -> screen.addComponentAtIndex(1, new MenuChangedNotice.Banner()));
        }
    }

    @Override
    public void startOver() {
        closeIdleWarning();
        timers.cancelAll();
        flow.end();
        flow = newFlow();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show(KioskStep.WELCOME);
    }

    @Override
    public Registration after(Component owner, Duration delay, Runnable action) {
        return timers.after(owner, delay, action);
    }

    /** The guest chose a language: the welcome screen again, in it. */
    void switchLanguage(Locale language) {
        UI.getCurrent().setLocale(language);
        show(KioskStep.WELCOME);
    }

    KioskStep step() {
        return step;
    }

    KioskFlow flow() {
        return flow;
    }

    private void closeIdleWarning() {
        if (idleWarning != null) {
            idleWarning.stop();
            if (idleWarning.getParent().filter(this::equals).isPresent()) {
                remove(idleWarning);
            }
            idleWarning = null;
        }
    }

    private KioskFlow newFlow() {
        WebBrowser browser = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getBrowser();
        return new KioskFlow(services, browser == null ? null : browser.getAddress());
    }

    @Override
    public String getPageTitle() {
        return services.spa().name();
    }
}
