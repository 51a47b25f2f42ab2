package com.spakiosk.desk.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.CalendarChanges;
import com.spakiosk.booking.ChangedDays;
import com.spakiosk.booking.DeskBooking;
import com.spakiosk.booking.DeskDay;
import com.spakiosk.booking.DeskDayService;
import com.spakiosk.booking.TakingsService;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * The front desk's day: therapists (or rooms) side by side, bookings as blocks. The address
 * keeps the day and the view ({@code /desk/2026-11-23?by=room}), so a reload or a bookmark
 * shows the same calendar. While it is shown, a change to the day made anywhere (the kiosk,
 * another desk, the hold sweep, another app instance) redraws the calendar by server push,
 * behind any dialog the clerk has open.
 */
@Route(value = "desk/:date?", layout = StaffLayout.class)
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class DeskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final DeskDayService days;
    private final BookingService bookings;
    private final TakingsService takings;
    private final SpaProperties spa;
    private final Clock clock;
    private final CalendarChanges changes;
    private final DeskBookingServices bookingServices;
    private final MoveServices moveServices;
    private CalendarChanges.Subscription live;
    private LocalDate date;
    private DayCalendar.View view = DayCalendar.View.THERAPISTS;

    DeskView(DeskDayService days, BookingService bookings, TakingsService takings, SpaProperties spa, Clock clock,
             CalendarChanges changes, DeskBookingServices bookingServices, MoveServices moveServices) {
        this.bookingServices = bookingServices;
        this.moveServices = moveServices;
        this.days = days;
        this.changes = changes;
        this.takings = takings;
        this.bookings = bookings;
        this.spa = spa;
        this.clock = clock;
        addClassNames("staff-page", "desk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        date = event.getRouteParameters().get("date").flatMap(DeskView::parse).orElse(today());
        view = "room".equals(event.getLocation().getQueryParameters().getSingleParameter("by").orElse(""))
                ? DayCalendar.View.ROOMS : DayCalendar.View.THERAPISTS;
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        live = changes.subscribe(changed -> redrawIfShown(ui, changed));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.cancel();
            live = null;
        }
    }

    /** Runs on a delivery thread: only the UI's own access may touch the components. */
    private void redrawIfShown(UI ui, ChangedDays changed) {
        try {
            ui.access(() -> {
                if (date != null && changed.includes(date) && isAttached()) {
                    refreshCalendar();
                }
            });
        } catch (UIDetachedException closed) {
            // The tab went away before its detach reached us; the detach cancels the subscription.
        }
    }

    private void render() {
        removeAll();
        var title = new H1(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date));
        title.addClassName("desk-title");
        add(title, toolbar(), calendar());
    }

    /** The day's calendar in its scrolling frame, read afresh. */
    private Div calendar() {
        var scroller = new Div(dayCalendar());
        scroller.addClassName("desk-scroller");
        return scroller;
    }

    private DayCalendar dayCalendar() {
        DeskDay day = days.day(date);
        var names = namesFor(day);
        var calendar = new DayCalendar(day, view, names, clock.instant(), getLocale(), id -> open(id, names, day));
        calendar.onFreeCell((therapist, start) -> newBooking(NewBookingDialog.Mode.NEW,
                new NewBookingDialog.Tap(therapist, start)));
        calendar.allowDragToMove((block, start, column) -> moves(day).dropped(block, start,
                view == DayCalendar.View.THERAPISTS ? column : null, view == DayCalendar.View.ROOMS ? column : null));
        return calendar;
    }

    private DayCalendar.Names namesFor(DeskDay day) {
        return new DayCalendar.Names(id -> day.treatmentNames().getOrDefault(id, "?"),
                day.therapists().stream().collect(Collectors.toMap(DeskDay.TherapistColumn::id,
                        DeskDay.TherapistColumn::name)),
                day.rooms().stream().collect(Collectors.toMap(DeskDay.RoomColumn::id, DeskDay.RoomColumn::name)));
    }

    /** Moving, changing and blocking time on this day, each ending with the calendar drawn anew. */
    private DeskMoves moves(DeskDay day) {
        return new DeskMoves(moveServices, this, day.zone(), getLocale(), this::refreshCalendar);
    }

    private void open(long bookingId, DayCalendar.Names names, DeskDay day) {
        open(bookingId, names, day, () -> { });
    }

    private void open(long bookingId, DayCalendar.Names names, DeskDay day, Runnable afterClose) {
        days.booking(bookingId).ifPresent(booking -> {
            var panel = new BookingPanel(booking, new BookingPanel.Actions() {
                @Override
                public java.util.Optional<DeskBooking> load(long id) {
                    return days.booking(id);
                }

                @Override
                public void changeStatus(long id, long version, BookingStatus next) {
                    bookings.changeStatus(id, version, next);
                }

                @Override
                public void clearReview(long id, long version, String note) {
                    bookings.clearScreeningReview(id, version, note);
                }

                @Override
                public void end(long id, long version, BookingStatus next, String reason) {
                    if (next == BookingStatus.NO_SHOW) {
                        bookings.markNoShow(id, version, reason);
                    } else {
                        bookings.cancel(id, version, reason);
                    }
                }

                @Override
                public void changeNote(long id, long version, String note) {
                    bookings.changeDeskNote(id, version, note);
                }

                @Override
                public void checkout(long id, long version, CheckoutForm.Entry entry) {
                    bookings.checkout(id, version, entry.method(), entry.discount(), entry.discountReason());
                }

                @Override
                public void changed() {
                    refreshCalendar();
                }

                @Override
                public BookingExtras extras() {
                    var menu = bookingServices.menu().active();
                    return new BookingExtras(menu, bookingServices.staff().allEquipment(), menu.content(getLocale()));
                }

                @Override
                public void move(DeskBooking b, Runnable done) {
                    moves(day).move(b, done);
                }

                @Override
                public void changeTreatment(DeskBooking b, Runnable done) {
                    moves(day).change(b, done);
                }
            }, names, day.zone(), getLocale());
            panel.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    afterClose.run();
                }
            });
            panel.open();
        });
    }

    /** The desk books a guest: for the shown day (from a tapped free cell, or not), or a walk-in from now. */
    private void newBooking(NewBookingDialog.Mode mode, NewBookingDialog.Tap tap) {
        new NewBookingDialog(new DeskBookingFlow(bookingServices), mode, date, tap, this::refreshCalendar).open();
    }

    /** Draws the calendar again behind an open panel or dialog (which stays open). */
    private void refreshCalendar() {
        // The scrolling frame stays, so the clerk keeps the place they scrolled to.
        getChildren().filter(c -> c.getClassNames().contains("desk-scroller")).findFirst()
                .map(Div.class::cast).ifPresent(scroller -> {
                    scroller.removeAll();
                    scroller.add(dayCalendar());
                });
    }

    private Div toolbar() {
        var previous = new Button(getTranslation("desk.previous"), VaadinIcon.ANGLE_LEFT.create(), e -> go(date.minusDays(1), view));
        var today = new Button(getTranslation("desk.today"), e -> go(today(), view));
        var next = new Button(getTranslation("desk.next"), VaadinIcon.ANGLE_RIGHT.create(), e -> go(date.plusDays(1), view));
        next.setIconAfterText(true);
        var picker = new DatePicker(getTranslation("desk.date"), date);
        picker.setLocale(getLocale());
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue(), view);
            }
        });
        var byTherapist = viewButton(getTranslation("desk.byTherapist"), DayCalendar.View.THERAPISTS);
        var byRoom = viewButton(getTranslation("desk.byRoom"), DayCalendar.View.ROOMS);
        var views = new Div(byTherapist, byRoom);
        views.addClassName("desk-views");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", getTranslation("desk.view"));
        var till = new Button(getTranslation("desk.takings.open"), VaadinIcon.MONEY.create(),
                e -> new TakingsDialog(takings.day(date), getLocale()).open());
        var newBooking = new Button(getTranslation("desk.newBooking"), VaadinIcon.PLUS.create(),
                e -> newBooking(NewBookingDialog.Mode.NEW, null));
        newBooking.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var walkIn = new Button(getTranslation("desk.walkIn"), VaadinIcon.CLOCK.create(),
                e -> newBooking(NewBookingDialog.Mode.WALK_IN, null));
        var blockTime = new Button(getTranslation("desk.blockTime.button"), VaadinIcon.BAN.create(), e -> {
            DeskDay day = days.day(date);
            var names = namesFor(day);
            moves(day).blockTime(date, day.therapists().isEmpty() ? null : day.therapists().getFirst().id(),
                    names.treatment(), (id, afterClose) -> open(id, names, day, afterClose));
        });
        blockTime.addClassName("desk-block-time-button");
        var bookingActions = new Div(newBooking, walkIn, blockTime);
        bookingActions.addClassName("desk-booking-actions");
        var bar = new Div(previous, today, next, picker, views, till, bookingActions);
        bar.addClassName("desk-toolbar");
        return bar;
    }

    private Button viewButton(String label, DayCalendar.View target) {
        var button = new Button(label, e -> go(date, target));
        button.getElement().setAttribute("aria-pressed", String.valueOf(view == target));
        if (view == target) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Shows another day or view by its address, so that the browser's address says what is shown. */
    private void go(LocalDate day, DayCalendar.View target) {
        QueryParameters query = target == DayCalendar.View.ROOMS ? QueryParameters.of("by", "room") : QueryParameters.empty();
        UI.getCurrent().navigate(DeskView.class, new RouteParameters("date", day.toString()), query);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(spa.zone()));
    }

    private static java.util.Optional<LocalDate> parse(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
