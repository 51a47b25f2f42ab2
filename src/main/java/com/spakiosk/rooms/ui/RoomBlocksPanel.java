package com.spakiosk.rooms.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.staff.RoomBlock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A room's maintenance blocks: the coming ones, each removable, and a new one (from, until,
 * reason). Bookings in the new block's time are listed first, to be moved or cancelled.
 */
class RoomBlocksPanel extends Div {

    private final RoomServices services;
    private final long roomId;
    private final String roomName;
    private final FieldProblems problems;
    private final DateTimeFormatter when;
    private final UnorderedList list = new UnorderedList();
    private final DateTimePicker from = new DateTimePicker();
    private final DateTimePicker until = new DateTimePicker();
    private final TextField reason = new TextField();

    RoomBlocksPanel(RoomServices services, long roomId, String roomName, FieldProblems problems) {
        this.services = services;
        this.roomId = roomId;
        this.roomName = roomName;
        this.problems = problems;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(services.zone());
        addClassName("manage-room-blocks");
        from.setLabel(getTranslation("manage.rooms.blockFrom"));
        until.setLabel(getTranslation("manage.rooms.blockUntil"));
        for (DateTimePicker picker : new DateTimePicker[] {from, until}) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(getLocale());
        }
        reason.setLabel(getTranslation("manage.rooms.blockReason"));
        reason.setPlaceholder(getTranslation("manage.rooms.blockReasonHint"));
        reason.setMaxLength(RoomBlock.REASON_MAX);
        reason.setRequired(true);
        problems.field("block.from", from);
        problems.field("block.until", until);
        problems.field("block.reason", reason);
        var add = new Button(getTranslation("manage.rooms.blockAdd"), e -> add());
        add.addClassName("manage-room-blocks__add");
        var fields = new Div(from, until, reason, add);
        fields.addClassName("manage-room-blocks__fields");
        list.addClassName("manage-room-blocks__list");
        add(new H2(getTranslation("manage.rooms.blocks")), new Paragraph(getTranslation("manage.rooms.blocksIntro")),
                list, fields);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var blocks = services.rooms().blocks(roomId);
        if (blocks.isEmpty()) {
            list.add(new ListItem(getTranslation("manage.rooms.noBlocks")));
        }
        for (RoomBlock b : blocks) {
            String text = getTranslation("manage.rooms.block", when.format(b.getStartsAt()), when.format(b.getEndsAt()),
                    b.getReason(), b.getCreatedBy());
            var remove = new Button(getTranslation("manage.rooms.blockRemove"), e -> {
                services.changes().unblock(b.getId());
                refresh();
            });
            remove.setAriaLabel(getTranslation("manage.rooms.blockRemoveOf", text));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(text), remove));
        }
    }

    private Instant at(LocalDateTime value) {
        return value == null ? null : value.atZone(services.zone()).toInstant();
    }

    private void add() {
        Instant start = at(from.getValue());
        Instant end = at(until.getValue());
        if (services.changes().inTheWayOfBlock(roomId, start, end).isEmpty()) {
            save(start, end);
        } else {
            listInTheWay(start, end);
        }
    }

    private void listInTheWay(Instant start, Instant end) {
        new StrandedBookingsDialog(getTranslation("manage.stranded.blockTitle", roomName), services,
                () -> services.changes().inTheWayOfBlock(roomId, start, end), roomId, start, end,
                () -> save(start, end)).open();
    }

    private void save(Instant start, Instant end) {
        try {
            problems.attempt(() -> services.changes().block(roomId, start, end, reason.getValue()), () -> {
                from.clear();
                until.clear();
                reason.clear();
                reason.setInvalid(false); // emptied for the next block, not a mistake
                refresh();
            });
        } catch (BookingException e) {
            // A booking arrived meanwhile: it is listed now, to be moved or cancelled like the rest.
            listInTheWay(start, end);
        }
    }
}
