package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DeskBooking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import java.util.stream.Collectors;

/**
 * A booking at the desk: guest, session, screening, the desk's note and history, and the next
 * steps its status allows. Every action goes through the booking service with the version the
 * clerk saw; a refusal says why and shows the booking as it is now. What the clerk typed (a
 * reason, a note, a review note, a checkout) lives as long as the panel, so that after "someone
 * else changed it first" one click applies it again to the booking as it is now.
 */
class BookingPanel extends Dialog {

    /** What the panel does through the services. */
    interface Actions {
        Optional<DeskBooking> load(long bookingId);

        void changeStatus(long bookingId, long version, BookingStatus next);

        void clearReview(long bookingId, long version, String note);

        /** Cancels the booking or marks it a no-show, with the reason. */
        void end(long bookingId, long version, BookingStatus next, String reason);

        void changeNote(long bookingId, long version, String note);

        void checkout(long bookingId, long version, CheckoutForm.Entry entry);

        /** The calendar behind the panel should show the change. */
        void changed();

        /** The menu's and the equipment's words for the booking's extras, in the clerk's language. */
        BookingExtras extras();

        /** Opens the move dialog; {@code done} runs once the booking moved. */
        void move(DeskBooking booking, Runnable done);

        /** Opens the dialog for another duration or other add-ons; {@code done} runs once it changed. */
        void changeTreatment(DeskBooking booking, Runnable done);
    }

    /** One call to the services, made with the booking as the panel shows it (its id and version). */
    private interface Call {
        void on(DeskBooking current);
    }

    static final int REVIEW_NOTE_MAX = 200;

    private final Actions actions;
    private final DayCalendar.Names names;
    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter when;
    private final Div content = new Div();
    private final Paragraph problem = new Paragraph();
    private final Div stale = new Div();
    private final TextField reviewNote = new TextField();
    private final DeskNoteBox deskNote = new DeskNoteBox(this::saveNote);
    private final EndingReason endingReason = new EndingReason(this::endBooking, this::closeReason);
    private final CheckoutForm checkout;
    /** After a stale refusal: the clerk's action, to apply again to the booking as it is now. */
    private Runnable again;
    private DeskBooking booking;

    BookingPanel(DeskBooking booking, Actions actions, DayCalendar.Names names, ZoneId zone, Locale locale) {
        this.booking = booking;
        this.actions = actions;
        this.names = names;
        this.zone = zone;
        this.locale = locale;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        this.checkout = new CheckoutForm(locale, this::checkOut);
        addClassName("desk-panel");
        setHeaderTitle(getTranslation("desk.panel.title"));
        problem.addClassName("desk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        stale.addClassName("desk-panel__stale");
        stale.setVisible(false);
        reviewNote.setLabel(getTranslation("desk.panel.reviewNote"));
        reviewNote.setMaxLength(REVIEW_NOTE_MAX);
        reviewNote.setWidthFull();
        var card = new Anchor("desk/card/" + booking.id(), getTranslation("desk.panel.card"), AnchorTarget.BLANK);
        card.addClassName("desk-panel__card-link");
        var close = new Button(getTranslation("desk.panel.close"), e -> close());
        getFooter().add(card, close);
        add(problem, stale, content);
        render();
    }

    private void render() {
        content.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        var list = new DescriptionList();
        list.addClassName("desk-panel__facts");
        item(list, "desk.panel.status", getTranslation("desk.status." + booking.status().name()));
        if (booking.statusReason() != null) {
            item(list, "desk.panel.reason", booking.statusReason());
        }
        if (booking.checkout() != null) {
            item(list, "desk.panel.paid", paid(booking.checkout()));
        }
        item(list, "desk.panel.guest", booking.guestFirstName() == null ? "—" : booking.guestFirstName());
        item(list, "desk.panel.contact", contact());
        item(list, "desk.panel.treatment", getTranslation("desk.block.treatment",
                names.treatment().apply(booking.treatmentId()), booking.minutes()));
        item(list, "desk.panel.when", when.format(booking.start()) + "–" + time.format(booking.end()));
        item(list, "desk.panel.therapist", names.therapists().getOrDefault(booking.therapistId(), ""));
        item(list, "desk.panel.room", names.rooms().getOrDefault(booking.roomId(), ""));
        BookingExtras extras = actions.extras();
        item(list, "desk.panel.addOns", extras.addOns(booking));
        item(list, "desk.panel.equipment", extras.equipment(booking));
        item(list, "desk.panel.price", booking.price().format(locale));
        item(list, "desk.panel.code", booking.code() == null ? "—" : booking.code());
        item(list, "desk.panel.channel", getTranslation("desk.channel." + booking.channel().name()));
        // What the clerk can do comes first: a guest is waiting at the counter.
        content.add(nextSteps());
        if (endingReason.ending() != null && booking.status().canBecome(endingReason.ending())) {
            endingReason.ask(endingReason.ending());
            content.add(endingReason);
        }
        if (booking.status().canBecome(BookingStatus.COMPLETED)) {
            checkout.show(booking.price());
            content.add(checkout);
        }
        if (booking.reviewOpen()) {
            var clear = new Button(getTranslation("desk.panel.clearReview"), e -> clearReview());
            clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var box = new Div(new Paragraph(getTranslation("desk.panel.reviewOpen")), reviewNote, clear);
            box.addClassName("desk-panel__review");
            content.add(box);
        }
        deskNote.show(booking.deskNote());
        content.add(list, deskNote);
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

    private String paid(DeskBooking.Checkout paid) {
        String method = getTranslation("desk.payment." + paid.method().name());
        return paid.discount().isZero() ? getTranslation("desk.panel.paidBy", paid.paid().format(locale), method)
                : getTranslation("desk.panel.paidWithDiscount", paid.paid().format(locale), method,
                paid.discount().format(locale), paid.discountReason());
    }

    private Div nextSteps() {
        var steps = new Div();
        steps.addClassName("desk-panel__actions");
        switch (booking.status()) {
            case CONFIRMED -> steps.add(step(BookingStatus.CHECKED_IN), askReason(BookingStatus.NO_SHOW),
                    askReason(BookingStatus.CANCELLED));
            case CHECKED_IN -> steps.add(step(BookingStatus.IN_PROGRESS), askReason(BookingStatus.NO_SHOW),
                    askReason(BookingStatus.CANCELLED));
            default -> { }
        }
        if (booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.CHECKED_IN) {
            steps.add(new Button(getTranslation("desk.action.move"), e -> actions.move(booking, this::reload)),
                    new Button(getTranslation("desk.action.changeTreatment"),
                            e -> actions.changeTreatment(booking, this::reload)));
        }
        return steps;
    }

    private Button step(BookingStatus next) {
        var button = new Button(getTranslation("desk.action." + next.name()), e -> changeStatus(next));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** No-show and cancel first ask why. */
    private Button askReason(BookingStatus next) {
        var button = new Button(getTranslation("desk.action." + next.name()), e -> {
            endingReason.ask(next);
            render();
        });
        if (next == BookingStatus.CANCELLED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    // ---------------------------------------------------------------- the clerk's actions

    private void changeStatus(BookingStatus next) {
        act(b -> actions.changeStatus(b.id(), b.version(), next), () -> { }, () -> changeStatus(next));
    }

    private void clearReview() {
        act(b -> actions.clearReview(b.id(), b.version(), reviewNote.getValue()), reviewNote::clear, this::clearReview);
    }

    private void endBooking() {
        BookingStatus next = endingReason.ending();
        endingReason.reason().ifPresentOrElse(
                reason -> act(b -> actions.end(b.id(), b.version(), next, reason), endingReason::reset, this::endBooking),
                () -> showProblem(getTranslation("desk.reason.missing")));
    }

    private void closeReason() {
        endingReason.reset();
        render();
    }

    private void saveNote() {
        act(b -> actions.changeNote(b.id(), b.version(), deskNote.value()), deskNote::saved, this::saveNote);
    }

    private void checkOut() {
        checkout.entry(this::showProblem).ifPresent(entry -> act(b -> actions.checkout(b.id(), b.version(), entry),
                checkout::reset, this::checkOut));
    }

    /**
     * Runs an action; whatever happens, the panel shows the booking as it is now. On success the
     * action's own input is cleared ({@code done}); after a stale refusal the input stays and
     * {@code retry} is offered as one click.
     */
    private void act(Call call, Runnable done, Runnable retry) {
        again = null;
        try {
            call.on(booking);
            problem.setVisible(false);
            done.run();
            actions.changed();
        } catch (BookingException e) {
            showProblem(getTranslation(switch (e.reason()) {
                case STALE, TRANSITION_NOT_ALLOWED, REVIEW_NOT_CLEARED, NOT_FOUND -> "desk.refused." + e.reason().name();
                default -> "desk.refused.OTHER";
            }));
            if (e.reason() == BookingException.Reason.STALE) {
                again = retry;
            }
        } catch (IllegalArgumentException e) {
            showProblem(getTranslation("desk.refused.INPUT"));
        }
        actions.load(booking.id()).ifPresent(fresh -> booking = fresh);
        showStale();
        render();
    }

    /** Who changed the booking first and when (its latest history line), and one click to apply ours again. */
    private void showStale() {
        stale.removeAll();
        stale.setVisible(again != null);
        if (again == null) {
            return;
        }
        String who = booking.lastChange().map(h -> getTranslation("desk.stale.by", h.actor(), when.format(h.at()),
                actionLabel(h.action()))).orElse("");
        Runnable retry = again;
        var apply = new Button(getTranslation("desk.stale.again"), e -> retry.run());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stale.add(new Paragraph(who + " " + getTranslation("desk.stale.kept")), apply);
    }

    private String actionLabel(String action) {
        for (BookingStatus status : BookingStatus.values()) {
            if (status.name().equals(action)) {
                return getTranslation("desk.status." + action);
            }
        }
        return switch (action) {
            case "NOTE_CHANGED", "REVIEW_CLEARED", "MOVED" -> getTranslation("desk.history." + action);
            default -> action;
        };
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    /** Shows the booking as it is now after a change made in another dialog, and the calendar too. */
    private void reload() {
        problem.setVisible(false);
        actions.load(booking.id()).ifPresent(fresh -> booking = fresh);
        render();
        actions.changed();
    }

    private void item(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
