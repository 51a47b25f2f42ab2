package com.spakiosk.kiosk.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingProperties;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.GuestBookingService;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.security.AttemptThrottle;
import com.spakiosk.staff.StaffService;
import com.spakiosk.kiosk.KioskProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The guest's kiosk: one address, with the steps of a booking shown in place, so that nothing
 * of a guest ends up in the browser's history. The guest's choices live in a {@link BookingDraft}
 * of this view only.
 */
@Route("")
@AnonymousAllowed
public class KioskView extends Main implements HasDynamicTitle {

    final MenuService menu;
    final ScreeningService screening;
    final AvailabilityService availability;
    final BookingService bookings;
    final GuestBookingService guestBookings;
    final StaffService staff;
    final SpaProperties spa;
    final KioskProperties kioskProperties;
    final BookingProperties bookingProperties;
    final AttemptThrottle throttle;
    final Clock clock;
    BookingDraft draft = new BookingDraft();
    KioskData data;
    IdleWarning idleWarning;

    public KioskView(MenuService menu, ScreeningService screening, AvailabilityService availability,
                     BookingService bookings, StaffService staff, SpaProperties spa, KioskProperties kioskProperties,
                     AttemptThrottle throttle, BookingProperties bookingProperties, GuestBookingService guestBookings,
                     Clock clock) {
        this.guestBookings = guestBookings;
        this.throttle = throttle;
        this.bookingProperties = bookingProperties;
        this.menu = menu;
        this.screening = screening;
        this.availability = availability;
        this.bookings = bookings;
        this.staff = staff;
        this.spa = spa;
        this.kioskProperties = kioskProperties;
        this.clock = clock;
        this.data = new KioskData(menu, screening, staff);
        addClassName("kiosk");
        // The kiosk starts in English whatever the browser sends; the guest chooses a language.
        UI.getCurrent().setLocale(Locale.ENGLISH);
        showWelcome();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The browser reports inactivity; any touch, key or scroll restarts its timer.
        getElement().executeJs("""
                const view = $0;
                let timer;
                const restart = () => { clearTimeout(timer); timer = setTimeout(() => view.$server.idle(), $1); };
                ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
                    document.addEventListener(type, restart, { passive: true, capture: true }));
                restart();""", getElement(), (int) kioskProperties.idleWarningAfter().toMillis());
    }

    /** No touch for a while: warn, unless there is nothing of a guest on screen. */
    @ClientCallable
    void idle() {
        boolean untouched = draft.treatment() == null && UI.getCurrent().getLocale().equals(Locale.ENGLISH);
        if (untouched || (idleWarning != null && idleWarning.isOpened())) {
            return;
        }
        idleWarning = new IdleWarning((int) kioskProperties.idleCountdown().toSeconds(), this::endSession);
        add(idleWarning);
        idleWarning.start();
    }

    /**
     * The guest walked away: release their hold, end the browser session (so nothing of theirs
     * survives on the server) and load the start page afresh (nothing survives in the page).
     */
    void endSession() {
        reset();
        UI ui = UI.getCurrent();
        ui.getPage().setLocation("/");
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    void show(Component step) {
        removeAll();
        add(step);
    }

    void showWelcome() {
        show(new WelcomeStep(this));
    }

    void showFindBooking() {
        show(new FindBookingStep(this));
    }

    void showMenu() {
        show(new MenuStep(this));
    }

    void showOptions(MenuTreatment treatment) {
        draft.choose(treatment);
        show(new OptionsStep(this));
    }

    void showOptions(MenuTreatment treatment, MenuTreatment.MenuVariant variant) {
        draft.choose(treatment);
        draft.choose(variant);
        show(new OptionsStep(this));
    }

    void showScreening() {
        show(new ScreeningStep(this));
    }

    void showTimes(List<String> notes, boolean needsReview) {
        show(new TimeStep(this, notes, needsReview));
    }

    void showDetails() {
        show(new DetailsStep(this));
    }

    void showReview(Guest guest) {
        show(new ReviewStep(this, guest));
    }

    void showDone(Confirmation confirmation, Guest guest) {
        show(new DoneStep(this, confirmation, guest));
        UI ui = UI.getCurrent();
        ui.setPollInterval(DoneStep.RETURN_AFTER_MS);
        var registration = new com.vaadin.flow.shared.Registration[1];
        registration[0] = ui.addPollListener(e -> {
            registration[0].remove();
            reset();
        });
    }

    /**
     * Forgets the guest: releases a live hold, drops the draft and starts over in English.
     * (Ending the whole browser session on walk-away comes with the idle timer.)
     */
    void reset() {
        if (idleWarning != null) {
            idleWarning.stop();
            idleWarning = null;
        }
        if (draft.hold() != null) {
            bookings.releaseHold(draft.hold().bookingId(), draft.owner());
        }
        draft = new BookingDraft();
        data = new KioskData(menu, screening, staff);
        UI ui = UI.getCurrent();
        ui.setPollInterval(-1);
        ui.setLocale(Locale.ENGLISH);
        showWelcome();
    }

    String therapistName(long id) {
        return data.therapistNames().getOrDefault(id, "");
    }

    String roomName(long id) {
        return data.roomNames().getOrDefault(id, "");
    }

    /** Switches the language and shows the current step again in it. */
    void switchLanguage(Locale language) {
        UI.getCurrent().setLocale(language);
        showWelcome();
    }

    /** The first moment a guest at the kiosk can start: now plus the walk-in lead, on the grid. */
    java.time.Instant earliestStart() {
        return com.spakiosk.scheduling.SlotRequest.walkInStart(clock.instant(), bookingProperties.walkInLead(),
                bookingProperties.grid(), spa.zone());
    }

    @Override
    public String getPageTitle() {
        return spa.name();
    }
}
