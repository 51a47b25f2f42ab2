package com.spakiosk.rooms.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.StrandedMoves;
import com.spakiosk.booking.TimeBlockService.InTheWay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Before a room change that would leave coming bookings without a room: each booking, to be moved
 * (to a place the engine offers, away from the change) or cancelled with a reason. A live kiosk
 * hold is shown until it runs out or is booked. When nothing is left the manager saves; the
 * service looks again under the room's lock.
 */
class StrandedBookingsDialog extends Dialog {

    private final RoomServices services;
    private final Supplier<List<InTheWay>> stranded;
    private final long roomId;
    private final Instant avoidFrom;
    private final Instant avoidUntil;
    private final Runnable save;
    private final DateTimeFormatter when;
    private final DateTimeFormatter time;
    private final Map<Long, String> therapists;
    private final Map<Long, String> rooms;

    private final Paragraph state = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Button saveNow;

    /**
     * @param stranded  what the change would strand, as the calendar is now
     * @param avoidFrom with {@code avoidUntil}, the blocked time; both null when the whole room is concerned
     * @param save      saves the change (runs only once nothing is in the way)
     */
    StrandedBookingsDialog(String title, RoomServices services, Supplier<List<InTheWay>> stranded, long roomId,
                           Instant avoidFrom, Instant avoidUntil, Runnable save) {
        this.services = services;
        this.stranded = stranded;
        this.roomId = roomId;
        this.avoidFrom = avoidFrom;
        this.avoidUntil = avoidUntil;
        this.save = save;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(services.zone());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(services.zone());
        this.therapists = services.therapistNames();
        this.rooms = services.roomNames();
        addClassName("manage-stranded");
        setHeaderTitle(title);
        problem.addClassName("manage-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        list.addClassName("manage-stranded__list");
        add(new Paragraph(getTranslation("manage.stranded.explain")), problem, state, list);
        var back = new Button(getTranslation("manage.stranded.back"), e -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveNow = new Button(getTranslation("manage.stranded.save"), e -> {
            close();
            save.run();
        });
        saveNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveNow.addClassName("manage-stranded__save");
        getFooter().add(back, saveNow);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<InTheWay> found = stranded.get();
        state.setText(getTranslation(found.isEmpty() ? "manage.stranded.nothing" : "manage.stranded.count", found.size()));
        saveNow.setEnabled(found.isEmpty());
        found.forEach(b -> list.add(item(b)));
    }

    private ListItem item(InTheWay b) {
        String who = b.status() == BookingStatus.HELD
                ? getTranslation("manage.stranded.held", time.format(b.holdExpiresAt())) : b.guestFirstName();
        var item = new ListItem(new Span(when.format(b.start()) + "–" + time.format(b.end()) + " · " + who + " · "
                + services.treatmentName(b.treatmentId())));
        item.addClassName("manage-stranded__booking");
        if (b.status() == BookingStatus.HELD) {
            return item;
        }
        var actions = new Div();
        actions.addClassName("manage-stranded__actions");
        var move = new Button(getTranslation("manage.stranded.move"), e -> showMove(b, actions));
        var cancel = new Button(getTranslation("manage.stranded.cancel"), e -> showCancel(b, actions));
        move.setAriaLabel(getTranslation("manage.stranded.moveOf", who));
        cancel.setAriaLabel(getTranslation("manage.stranded.cancelOf", who));
        actions.add(move, cancel);
        item.add(actions);
        return item;
    }

    private void showMove(InTheWay b, Div actions) {
        actions.removeAll();
        List<StrandedMoves.Place> places = services.moves().options(b.bookingId(), roomId, avoidFrom, avoidUntil);
        if (places.isEmpty()) {
            actions.add(new Span(getTranslation("manage.stranded.noPlace")),
                    new Button(getTranslation("manage.stranded.cancel"), e -> showCancel(b, actions)));
            return;
        }
        var place = new Select<StrandedMoves.Place>();
        place.setLabel(getTranslation("manage.stranded.place"));
        place.setItems(places);
        place.setItemLabelGenerator(p -> p == null ? "" : getTranslation("manage.stranded.placeLabel",
                when.format(p.start()), therapists.getOrDefault(p.therapistId(), ""), rooms.getOrDefault(p.roomId(), "")));
        place.setWidth("min(32rem, 100%)");
        place.setValue(places.getFirst()); // the engine's nearest place
        var confirm = new Button(getTranslation("manage.stranded.moveHere"), e -> act(() -> {
            StrandedMoves.Place p = place.getValue();
            Optional<HoldOutcome.JustTaken> taken = services.bookings().move(b.bookingId(), b.version(), p.start(),
                    p.therapistId(), p.roomId());
            return taken.map(t -> getTranslation("manage.stranded.justTaken"));
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(place, confirm);
    }

    private void showCancel(InTheWay b, Div actions) {
        actions.removeAll();
        var reason = new TextField(getTranslation("manage.stranded.reason"));
        reason.setRequired(true);
        reason.setMaxLength(200);
        var confirm = new Button(getTranslation("manage.stranded.cancelNow"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("manage.problem.required"));
                reason.setInvalid(true);
                return;
            }
            act(() -> {
                services.bookings().cancel(b.bookingId(), b.version(), reason.getValue().strip());
                return Optional.empty();
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(reason, confirm);
    }

    /** Runs a move or cancel; a refusal (someone changed the booking first) is said calmly and the list reloads. */
    private void act(Supplier<Optional<String>> change) {
        problem.setVisible(false);
        Optional<String> refusal;
        try {
            refusal = change.get();
        } catch (BookingException e) {
            refusal = Optional.of(getTranslation(e.reason() == BookingException.Reason.STALE
                    ? "manage.stranded.stale" : "manage.stranded.refused"));
        }
        refusal.ifPresent(text -> {
            problem.setText(text);
            problem.setVisible(true);
        });
        refresh();
    }
}
