package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.TimeBlockService;
import com.spakiosk.staff.TimeOff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Blocks a therapist's time (sick, a training) with a reason. Bookings and live holds in that
 * time are listed, each with a way to open it and move or cancel it; the block is saved only when
 * nothing is in the way any more, and the service checks that again under the therapist's lock.
 */
class BlockTimeDialog extends Dialog {

    private final MoveServices services;
    private final DeskNames names;
    private final ZoneId zone;
    private final LongFunction<String> treatmentName;
    private final BiConsumer<Long, Runnable> openBooking;
    private final Runnable onBlocked;
    private final DateTimeFormatter time;

    private final Paragraph problem = ChangeNotices.problem();
    private final Select<Long> therapist = new Select<>();
    private final DatePicker date;
    private final TimePicker from = new TimePicker();
    private final TimePicker until = new TimePicker();
    private final TextField reason = new TextField();
    private final Paragraph clear = new Paragraph();
    private final UnorderedList inTheWay = new UnorderedList();

    /**
     * @param openBooking opens a booking's panel, and runs the callback when it closes
     * @param onBlocked   the calendar should show the block
     */
    BlockTimeDialog(java.time.LocalDate day, Long therapistId, MoveServices services, ZoneId zone, Locale locale,
                    LongFunction<String> treatmentName, BiConsumer<Long, Runnable> openBooking, Runnable onBlocked) {
        this.services = services;
        this.names = DeskNames.of(services.staff());
        this.zone = zone;
        this.treatmentName = treatmentName;
        this.openBooking = openBooking;
        this.onBlocked = onBlocked;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        addClassName("desk-block-time");
        setHeaderTitle(getTranslation("desk.blockTime.title"));

        therapist.setLabel(getTranslation("desk.move.therapist"));
        therapist.setItems(names.byName(names.therapists().keySet(), names.therapists()));
        therapist.setItemLabelGenerator(id -> id == null ? "" : names.therapist(id));
        therapist.setValue(therapistId);
        date = new DatePicker(getTranslation("desk.move.day"), day);
        date.setLocale(locale);
        from.setLabel(getTranslation("desk.blockTime.from"));
        until.setLabel(getTranslation("desk.blockTime.until"));
        for (TimePicker picker : List.of(from, until)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(locale);
        }
        reason.setLabel(getTranslation("desk.blockTime.reason"));
        reason.setPlaceholder(getTranslation("desk.blockTime.reasonHint"));
        reason.setMaxLength(TimeOff.REASON_MAX);
        reason.setRequired(true);
        therapist.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());

        var fields = new Div(therapist, date, from, until, reason);
        fields.addClassName("desk-move__fields");
        inTheWay.addClassName("desk-block-time__in-the-way");
        clear.addClassName("desk-move__summary");
        add(problem, fields, new H3(getTranslation("desk.blockTime.inTheWay")), clear, inTheWay);
        var save = new Button(getTranslation("desk.blockTime.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("desk.move.keep"), e -> close()), save);
        refresh();
    }

    private Optional<Instant[]> period() {
        if (therapist.getValue() == null || date.getValue() == null || from.getValue() == null
                || until.getValue() == null || !from.getValue().isBefore(until.getValue())) {
            return Optional.empty();
        }
        return Optional.of(new Instant[] {at(from.getValue()), at(until.getValue())});
    }

    private Instant at(LocalTime t) {
        return date.getValue().atTime(t).atZone(zone).toInstant();
    }

    /** Lists what lies in the chosen time, as the calendar is now. */
    private void refresh() {
        inTheWay.removeAll();
        var period = period();
        if (period.isEmpty()) {
            clear.setText(getTranslation("desk.blockTime.choose"));
            return;
        }
        List<TimeBlockService.InTheWay> found = services.blocks().inTheWay(therapist.getValue(), period.get()[0],
                period.get()[1]);
        clear.setText(found.isEmpty() ? getTranslation("desk.blockTime.nothing")
                : getTranslation("desk.blockTime.moveFirst"));
        for (TimeBlockService.InTheWay w : found) {
            String who = w.status() == BookingStatus.HELD
                    ? getTranslation("desk.block.held", time.format(w.holdExpiresAt())) : w.guestFirstName();
            var item = new ListItem(new Span(time.format(w.start()) + "–" + time.format(w.end()) + " · " + who + " · "
                    + treatmentName.apply(w.treatmentId()) + " · " + getTranslation("desk.status." + w.status().name())));
            if (w.status() != BookingStatus.HELD) {
                item.add(new Button(getTranslation("desk.blockTime.open"),
                        e -> openBooking.accept(w.bookingId(), this::refresh)));
            }
            inTheWay.add(item);
        }
    }

    private void save() {
        problem.setVisible(false);
        var period = period();
        if (period.isEmpty() || reason.getValue().isBlank()) {
            ChangeNotices.show(problem, getTranslation("desk.blockTime.incomplete"));
            return;
        }
        try {
            services.blocks().block(therapist.getValue(), period.get()[0], period.get()[1], reason.getValue().strip());
            close();
            onBlocked.run();
        } catch (BookingException e) {
            ChangeNotices.show(problem, e.reason() == BookingException.Reason.BOOKINGS_IN_THE_WAY
                    ? getTranslation("desk.blockTime.refused") : getTranslation("desk.refused.OTHER"));
            refresh();
        } catch (IllegalArgumentException e) {
            ChangeNotices.show(problem, getTranslation("desk.blockTime.incomplete"));
        }
    }
}
