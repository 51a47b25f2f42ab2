package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.DeskBooking;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.MovePlanner;
import com.spakiosk.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moves a booking: a day, then a therapist (or any), a time and a room, offering only what the
 * engine allows on that day with the booking itself left out. The move goes through the booking
 * service with the version the clerk saw; a time taken meanwhile offers the next free ones, and a
 * change by someone else says who and when, shows the booking as it is now and keeps the choice.
 */
class MoveDialog extends Dialog {

    private final MoveServices services;
    private final DeskNames names;
    private final ZoneId zone;
    private final Locale locale;
    private final Runnable onMoved;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    private final Paragraph now = new Paragraph();
    private final Paragraph problem = ChangeNotices.problem();
    private final DatePicker date;
    private final Select<Long> therapist = new Select<>();
    private final Select<Instant> start = new Select<>();
    private final Select<Long> room = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph nothingFree = new Paragraph();
    private final Div alternatives = new Div();
    private final Button move;

    private DeskBooking booking;
    private MovePlanner.MoveChoices choices;
    private boolean updating;

    MoveDialog(DeskBooking booking, MoveServices services, ZoneId zone, Locale locale, Runnable onMoved) {
        this.booking = booking;
        this.services = services;
        this.names = DeskNames.of(services.staff());
        this.zone = zone;
        this.locale = locale;
        this.onMoved = onMoved;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        addClassName("desk-move");
        setHeaderTitle(getTranslation("desk.move.title"));

        date = new DatePicker(getTranslation("desk.move.day"), LocalDate.ofInstant(booking.start(), zone));
        date.setLocale(locale);
        date.setMin(LocalDate.now(services.clock().withZone(zone)));
        therapist.setLabel(getTranslation("desk.move.therapist"));
        therapist.setEmptySelectionAllowed(true);
        therapist.setEmptySelectionCaption(getTranslation("desk.move.anyTherapist"));
        therapist.setItemLabelGenerator(id -> id == null ? getTranslation("desk.move.anyTherapist") : names.therapist(id));
        start.setLabel(getTranslation("desk.move.time"));
        start.setItemLabelGenerator(i -> i == null ? "" : time.format(i));
        room.setLabel(getTranslation("desk.move.room"));
        room.setItemLabelGenerator(id -> id == null ? "" : names.room(id));
        summary.addClassName("desk-move__summary");
        alternatives.addClassName("desk-move__alternatives");
        alternatives.setVisible(false);
        nothingFree.setText(getTranslation("desk.move.nothingFree"));
        nothingFree.addClassName("desk-move__empty");

        date.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadChoices();
            }
        });
        therapist.addValueChangeListener(e -> refreshTimes());
        start.addValueChangeListener(e -> refreshRooms());
        room.addValueChangeListener(e -> refreshSummary());

        var fields = new Div(date, therapist, start, room);
        fields.addClassName("desk-move__fields");
        add(now, problem, fields, nothingFree, summary, alternatives);
        move = new Button(getTranslation("desk.move.confirm"), e -> confirm());
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("desk.move.keep"), e -> close()), move);
        showNow();
        loadChoices();
        therapist.setValue(choices.byTherapist().containsKey(booking.therapistId()) ? booking.therapistId() : null);
    }

    private void showNow() {
        now.setText(getTranslation("desk.move.now", day.format(booking.start()), time.format(booking.start()),
                time.format(booking.end()), names.therapist(booking.therapistId()), names.room(booking.roomId())));
    }

    /** The engine's choices for the chosen day; the clerk's choices stay where they still fit. */
    private void loadChoices() {
        choices = services.planner().choices(booking.id(), date.getValue());
        Long keep = therapist.getValue();
        updating = true;
        List<Long> ids = names.byName(choices.byTherapist().keySet(), names.therapists());
        therapist.setItems(ids);
        therapist.setValue(keep != null && ids.contains(keep) ? keep : null);
        updating = false;
        refreshTimes();
        nothingFree.setVisible(choices.isEmpty());
    }

    private void refreshTimes() {
        if (updating) {
            return;
        }
        Instant keep = start.getValue();
        List<Instant> starts = therapist.getValue() == null
                ? choices.anyTherapist().stream().map(Slot::start).toList()
                : choices.byTherapist().getOrDefault(therapist.getValue(), List.of()).stream()
                        .map(MovePlanner.Option::start).toList();
        updating = true;
        start.setItems(starts);
        start.setValue(keep != null && starts.contains(keep) ? keep : null);
        updating = false;
        refreshRooms();
    }

    private void refreshRooms() {
        if (updating) {
            return;
        }
        Long keep = room.getValue();
        List<Long> rooms = roomsFor(start.getValue());
        updating = true;
        room.setItems(rooms);
        Long own = booking.roomId();
        room.setValue(keep != null && rooms.contains(keep) ? keep : rooms.contains(own) ? own
                : rooms.isEmpty() ? null : rooms.getFirst());
        updating = false;
        refreshSummary();
    }

    private List<Long> roomsFor(Instant at) {
        if (at == null) {
            return List.of();
        }
        if (therapist.getValue() == null) {
            return bestAt(at).map(s -> List.of(s.roomId())).orElse(List.of());
        }
        return choices.byTherapist().getOrDefault(therapist.getValue(), List.of()).stream()
                .filter(o -> o.start().equals(at)).findFirst().map(MovePlanner.Option::roomIds).orElse(List.of());
    }

    private Optional<Slot> bestAt(Instant at) {
        return choices.anyTherapist().stream().filter(s -> s.start().equals(at)).findFirst();
    }

    private void refreshSummary() {
        if (updating) {
            return;
        }
        Optional<Choice> chosen = chosen();
        move.setEnabled(chosen.isPresent());
        summary.setText(chosen.map(c -> getTranslation("desk.move.new", time.format(c.start()),
                names.therapist(c.therapistId()), names.room(c.roomId()))).orElse(""));
    }

    /** Start, therapist and room as chosen; with any therapist, the engine's best for that start. */
    private Optional<Choice> chosen() {
        if (start.getValue() == null || room.getValue() == null) {
            return Optional.empty();
        }
        Long who = therapist.getValue() != null ? therapist.getValue()
                : bestAt(start.getValue()).map(Slot::therapistId).orElse(null);
        return who == null ? Optional.empty() : Optional.of(new Choice(start.getValue(), who, room.getValue()));
    }

    private void confirm() {
        Choice c = chosen().orElse(null);
        if (c == null) {
            return;
        }
        alternatives.setVisible(false);
        problem.setVisible(false);
        try {
            Optional<HoldOutcome.JustTaken> taken = services.bookings().move(booking.id(), booking.version(), c.start(),
                    c.therapistId(), c.roomId());
            if (taken.isEmpty()) {
                close();
                onMoved.run();
                return;
            }
            ChangeNotices.show(problem, getTranslation("desk.move.justTaken"));
            offer(taken.get().nextFree());
        } catch (BookingException e) {
            if (e.reason() == BookingException.Reason.STALE) {
                services.days().booking(booking.id()).ifPresent(fresh -> booking = fresh);
                ChangeNotices.show(problem, ChangeNotices.stale(this, booking, zone, locale));
                showNow();
            } else {
                ChangeNotices.show(problem, ChangeNotices.refused(this, e));
            }
        }
        loadChoices();
    }

    /** The next free times as buttons: one tap chooses day, therapist, time and room. */
    private void offer(List<Slot> slots) {
        alternatives.removeAll();
        for (Slot slot : slots) {
            alternatives.add(new Button(getTranslation("desk.move.alternative", time.format(slot.start()),
                    names.therapist(slot.therapistId()), names.room(slot.roomId())), e -> choose(slot)));
        }
        alternatives.setVisible(!slots.isEmpty());
    }

    private void choose(Slot slot) {
        LocalDate slotDay = LocalDate.ofInstant(slot.start(), zone);
        if (!slotDay.equals(date.getValue())) {
            date.setValue(slotDay);
        }
        if (choices.byTherapist().containsKey(slot.therapistId())) {
            therapist.setValue(slot.therapistId());
            start.setValue(roomsFor(slot.start()).isEmpty() ? null : slot.start());
            room.setValue(roomsFor(slot.start()).contains(slot.roomId()) ? slot.roomId() : room.getValue());
        }
    }

    private record Choice(Instant start, long therapistId, long roomId) {
    }
}
