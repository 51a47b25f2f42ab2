package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DeskBooking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A booking at the desk: guest, session, screening and history, and the next steps its status
 * allows. Every action goes through the booking service with the version the clerk saw; a
 * refusal says why and shows the booking as it is now.
 */
class BookingPanel extends Dialog {

    /** What the panel does through the services. */
    interface Actions {
        Optional<DeskBooking> load(long bookingId);

        void changeStatus(long bookingId, long version, BookingStatus next);

        void clearReview(long bookingId, long version, String note);

        /** The calendar behind the panel should show the change. */
        void changed();
    }

    private final Actions actions;
    private final DayCalendar.Names names;
    private final ZoneId zone;
    private final Locale locale;
    private final Div content = new Div();
    private final Paragraph problem = new Paragraph();
    private DeskBooking booking;

    BookingPanel(DeskBooking booking, Actions actions, DayCalendar.Names names, ZoneId zone, Locale locale) {
        this.booking = booking;
        this.actions = actions;
        this.names = names;
        this.zone = zone;
        this.locale = locale;
        addClassName("desk-panel");
        setHeaderTitle(getTranslation("desk.panel.title"));
        problem.addClassName("desk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var close = new Button(getTranslation("desk.panel.close"), e -> close());
        getFooter().add(close);
        add(problem, content);
        render();
    }

    private void render() {
        content.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        var list = new DescriptionList();
        list.addClassName("desk-panel__facts");
        item(list, "desk.panel.status", getTranslation("desk.status." + booking.status().name()));
        item(list, "desk.panel.guest", booking.guestFirstName() == null ? "—" : booking.guestFirstName());
        item(list, "desk.panel.contact", contact());
        item(list, "desk.panel.treatment", getTranslation("desk.block.treatment",
                names.treatment().apply(booking.treatmentId()), booking.minutes()));
        item(list, "desk.panel.when", when.format(booking.start()) + "–" + time.format(booking.end()));
        item(list, "desk.panel.therapist", names.therapists().getOrDefault(booking.therapistId(), ""));
        item(list, "desk.panel.room", names.rooms().getOrDefault(booking.roomId(), ""));
        item(list, "desk.panel.addOns", booking.addOns().isEmpty() ? "—" : booking.addOns().stream()
                .map(a -> names.addOn().apply(a.addOnId()) + (a.optionCode() == null ? "" : " (" + a.optionCode() + ")"))
                .collect(Collectors.joining(", ")));
        item(list, "desk.panel.price", booking.price().format(locale));
        item(list, "desk.panel.code", booking.code() == null ? "—" : booking.code());
        // What the clerk can do comes first: a guest is waiting at the counter.
        content.add(nextSteps());
        if (booking.reviewOpen()) {
            content.add(reviewClearance());
        }
        content.add(list);
        if (!booking.flags().isEmpty()) {
            content.add(new H3(getTranslation("desk.panel.screening")));
            var flags = new UnorderedList();
            booking.flags().forEach(f -> flags.add(new ListItem(getTranslation("desk.flag." + f.verdict(), f.subject(),
                    f.note() == null ? "" : f.note()))));
            content.add(flags);
        }
        if (booking.reviewClearedAt() != null) {
            content.add(new Paragraph(getTranslation("desk.panel.reviewCleared", booking.reviewClearedBy(),
                    when.format(booking.reviewClearedAt()))));
        }
        content.add(new H3(getTranslation("desk.panel.history")));
        var history = new UnorderedList();
        history.addClassName("desk-panel__history");
        booking.history().forEach(h -> history.add(new ListItem(when.format(h.at()) + " · " + h.actor() + " · "
                + h.action() + (h.details().isBlank() ? "" : " · " + h.details()))));
        content.add(history);
    }

    private String contact() {
        String phone = booking.guestPhone() == null ? "" : booking.guestPhone();
        String email = booking.guestEmail() == null ? "" : booking.guestEmail();
        String both = (phone + " " + email).strip();
        return both.isEmpty() ? "—" : both;
    }

    private Div reviewClearance() {
        var note = new TextField(getTranslation("desk.panel.reviewNote"));
        note.setMaxLength(200);
        note.setWidthFull();
        var clear = new Button(getTranslation("desk.panel.clearReview"), e -> act(
                () -> actions.clearReview(booking.id(), booking.version(), note.getValue())));
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new Div(new Paragraph(getTranslation("desk.panel.reviewOpen")), note, clear);
        box.addClassName("desk-panel__review");
        return box;
    }

    private Div nextSteps() {
        var steps = new Div();
        steps.addClassName("desk-panel__actions");
        switch (booking.status()) {
            case CONFIRMED -> steps.add(step(BookingStatus.CHECKED_IN, true), step(BookingStatus.NO_SHOW, false),
                    step(BookingStatus.CANCELLED, false));
            case CHECKED_IN -> steps.add(step(BookingStatus.IN_PROGRESS, true), step(BookingStatus.NO_SHOW, false),
                    step(BookingStatus.CANCELLED, false));
            case IN_PROGRESS -> steps.add(step(BookingStatus.COMPLETED, true));
            default -> { }
        }
        return steps;
    }

    private Button step(BookingStatus next, boolean primary) {
        var button = new Button(getTranslation("desk.action." + next.name()),
                e -> act(() -> actions.changeStatus(booking.id(), booking.version(), next)));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (next == BookingStatus.CANCELLED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /** Runs an action; whatever happens, the panel shows the booking as it is now. */
    private void act(Runnable action) {
        try {
            action.run();
            problem.setVisible(false);
            actions.changed();
        } catch (BookingException e) {
            problem.setText(getTranslation(switch (e.reason()) {
                case STALE, TRANSITION_NOT_ALLOWED, REVIEW_NOT_CLEARED, NOT_FOUND -> "desk.refused." + e.reason().name();
                default -> "desk.refused.OTHER";
            }));
            problem.setVisible(true);
        } catch (IllegalArgumentException e) {
            problem.setText(getTranslation("desk.refused.INPUT"));
            problem.setVisible(true);
        }
        actions.load(booking.id()).ifPresent(fresh -> booking = fresh);
        render();
    }

    private void item(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
