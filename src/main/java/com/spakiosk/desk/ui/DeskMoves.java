package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.DeskBooking;
import com.spakiosk.booking.DeskDay;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.MovePlanner;
import com.spakiosk.scheduling.Slot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * The desk's ways to move and change bookings and to block time: the dialogs, and the drop of
 * a dragged block with its confirm step. Each ends by asking the calendar to show the day anew.
 */
class DeskMoves {

    private final MoveServices services;
    private final Component owner;
    private final ZoneId zone;
    private final Locale locale;
    private final Runnable refresh;
    private final DateTimeFormatter time;

    DeskMoves(MoveServices services, Component owner, ZoneId zone, Locale locale, Runnable refresh) {
        this.services = services;
        this.owner = owner;
        this.zone = zone;
        this.locale = locale;
        this.refresh = refresh;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    void move(DeskBooking booking, Runnable done) {
        new MoveDialog(booking, services, zone, locale, () -> {
            done.run();
            notice(owner.getTranslation("desk.move.moved"));
        }).open();
    }

    void change(DeskBooking booking, Runnable done) {
        new ChangeDialog(booking, services, zone, locale, done).open();
    }

    void blockTime(LocalDate day, Long therapistId, LongFunction<String> treatmentName,
                   BiConsumer<Long, Runnable> openBooking) {
        new BlockTimeDialog(day, therapistId, services, zone, locale, treatmentName, openBooking, () -> {
            refresh.run();
            notice(owner.getTranslation("desk.blockTime.saved"));
        }).open();
    }

    /**
     * A block let go over a column: the engine checks the place first; only a place it allows
     * reaches the confirm step, which names the new time, therapist and room.
     */
    void dropped(DeskDay.Block block, Instant start, Long therapistId, Long roomId) {
        MovePlanner.MoveCheck check = services.planner().check(block.bookingId(), start, therapistId, roomId);
        if (!check.fits()) {
            notice(owner.getTranslation("desk.drop.refused", time.format(start),
                    ChangeNotices.whyNot(owner, check.problem())));
            return;
        }
        Slot slot = check.slot();
        if (slot.start().equals(block.start()) && slot.therapistId() == block.therapistId()
                && slot.roomId() == block.roomId()) {
            return;
        }
        DeskNames names = DeskNames.of(services.staff());
        var dialog = new Dialog();
        dialog.addClassName("desk-drop-confirm");
        dialog.setHeaderTitle(owner.getTranslation("desk.drop.title"));
        var text = new Paragraph(owner.getTranslation("desk.drop.question",
                block.guestFirstName() == null ? "" : block.guestFirstName(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                        .format(slot.start()),
                time.format(slot.start()), time.format(slot.end()), names.therapist(slot.therapistId()),
                names.room(slot.roomId())));
        var problem = ChangeNotices.problem();
        var keep = new Button(owner.getTranslation("desk.drop.keep"), e -> dialog.close());
        var move = new Button(owner.getTranslation("desk.move.confirm"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> {
            Optional<String> refusal = moveTo(block, slot);
            refresh.run();
            if (refusal.isEmpty()) {
                dialog.close();
                notice(owner.getTranslation("desk.move.moved"));
            } else {
                ChangeNotices.show(problem, refusal.get());
                move.setVisible(false);
                keep.setText(owner.getTranslation("desk.panel.close"));
            }
        });
        dialog.add(problem, text);
        dialog.getFooter().add(keep, move);
        dialog.open();
    }

    /** Moves through the booking service with the version the calendar showed; empty when it moved. */
    private Optional<String> moveTo(DeskDay.Block block, Slot slot) {
        try {
            Optional<HoldOutcome.JustTaken> taken = services.bookings().move(block.bookingId(), block.version(),
                    slot.start(), slot.therapistId(), slot.roomId());
            return taken.map(t -> owner.getTranslation("desk.drop.justTaken"));
        } catch (BookingException e) {
            if (e.reason() == BookingException.Reason.STALE) {
                return Optional.of(services.days().booking(block.bookingId())
                        .map(now -> ChangeNotices.stale(owner, now, zone, locale))
                        .orElse(owner.getTranslation("desk.refused.NOT_FOUND")));
            }
            return Optional.of(ChangeNotices.refused(owner, e));
        }
    }

    private static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
