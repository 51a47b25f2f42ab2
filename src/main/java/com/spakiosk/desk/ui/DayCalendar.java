package com.spakiosk.desk.ui;

import com.spakiosk.booking.DeskDay;
import com.spakiosk.scheduling.Interval;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * The day as a CSS grid: a time column, then one column per therapist (or per room), one row
 * per 15 minutes from the first shift to the last. Bookings are blocks spanning their rows;
 * time a therapist does not work is shaded; a live hold is dashed and says until when it is
 * held. Status shows by colour and by text, never by colour alone.
 */
class DayCalendar extends Div {

    static final Duration ROW = Duration.ofMinutes(15);
    /** Tall enough that a 30-minute block shows three whole lines: status and time, guest, treatment. */
    static final String ROW_HEIGHT = "1.75rem";

    /** Which columns the day is drawn in. */
    enum View { THERAPISTS, ROOMS }

    /** What a block needs beyond the booking: names of treatments, therapists and rooms. */
    record Names(LongFunction<String> treatment, Map<Long, String> therapists, Map<Long, String> rooms) {
    }

    private final DeskDay day;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final List<Long> columns = new ArrayList<>();
    private int rows;

    DayCalendar(DeskDay day, View view, Names names, Instant now, Locale locale, LongConsumer onOpen) {
        this.day = day;
        this.locale = locale;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(day.zone());
        addClassName("desk-calendar");
        List<String> headers = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        if (view == View.THERAPISTS) {
            day.therapists().forEach(t -> {
                columns.add(t.id());
                headers.add(t.name());
                colours.add(t.colourClass());
            });
        } else {
            day.rooms().forEach(r -> {
                columns.add(r.id());
                headers.add(r.name());
            });
        }
        rows = rowOf(day.closes(), true) - 1;
        getStyle().set("grid-template-columns", "4.5rem repeat(" + Math.max(1, columns.size()) + ", minmax(7.5rem, 1fr))");
        getStyle().set("grid-template-rows", "auto repeat(" + Math.max(1, rows) + ", " + ROW_HEIGHT + ")");

        var corner = new Div();
        corner.addClassNames("desk-header", "desk-corner");
        add(corner);
        for (int c = 0; c < columns.size(); c++) {
            var header = new Div(new Span(headers.get(c)));
            header.addClassName("desk-header");
            if (c < colours.size() && colours.get(c) != null) {
                header.addClassNames("desk-header--coloured", colours.get(c)); // the manager's colour for the therapist
            }
            place(header, c + 2, 1, 2);
            add(header);
        }
        timeLabels(rows);
        if (view == View.THERAPISTS) {
            for (int c = 0; c < day.therapists().size(); c++) {
                shadeOffTime(day.therapists().get(c).working(), c + 2);
                freeTime(day.therapists().get(c), c + 2);
            }
        } else {
            for (int c = 0; c < day.rooms().size(); c++) {
                for (Interval blocked : day.rooms().get(c).blocked()) { // a room's maintenance block, shaded
                    off(blocked.start().isBefore(day.opens()) ? day.opens() : blocked.start(),
                            blocked.end().isAfter(day.closes()) ? day.closes() : blocked.end(), c + 2);
                }
            }
        }
        for (DeskDay.Block block : day.blocks()) {
            long key = view == View.THERAPISTS ? block.therapistId() : block.roomId();
            int column = columns.indexOf(key);
            if (column >= 0) {
                add(block(block, column + 2, view, names, onOpen));
            }
        }
        if (!now.isBefore(day.opens()) && now.isBefore(day.closes())) {
            var line = new Div();
            line.addClassName("desk-now");
            line.getElement().setAttribute("aria-label", time.format(now));
            place(line, 2, rowOf(now, false), rowOf(now, false) + 1);
            line.getStyle().set("grid-column", "2 / -1");
            add(line);
        }
    }

    // ---------------------------------------------------------------- drag to move

    /** Where a block was dropped: the start under the pointer and the column (a therapist or a room). */
    interface DropHandler {
        void dropped(DeskDay.Block block, Instant start, long column);
    }

    /**
     * Where in a column the pointer let go, as a fraction of the column's height: Flow's drop event
     * carries no position (25.0), so the drop listener reads it from the browser's event.
     */
    static final String DROP_FRACTION =
            "(event.clientY - element.getBoundingClientRect().top) / element.getBoundingClientRect().height";

    private DeskDay.Block dragging;

    /**
     * Lets the clerk drag a booking that has not started to another time or column: one drop
     * zone per column (not per cell, so that a day of 40 therapists stays cheap to build), which
     * lies over the column only while a block is dragged (see kiosk.css).
     */
    void allowDragToMove(DropHandler handler) {
        java.util.Map<String, DeskDay.Block> movable = new java.util.HashMap<>();
        day.blocks().stream().filter(b -> b.status() == com.spakiosk.booking.BookingStatus.CONFIRMED
                        || b.status() == com.spakiosk.booking.BookingStatus.CHECKED_IN)
                .forEach(b -> movable.put(String.valueOf(b.bookingId()), b));
        getChildren().filter(c -> c.hasClassName("desk-block")).toList().forEach(c -> {
            DeskDay.Block b = movable.get(c.getElement().getAttribute("data-booking"));
            if (b != null) {
                DragSource<Component> source = DragSource.create(c);
                source.setEffectAllowed(EffectAllowed.MOVE);
                source.addDragStartListener(e -> dragging = b);
                c.addClassName("desk-block--movable");
            }
        });
        for (int c = 0; c < columns.size(); c++) {
            long column = columns.get(c);
            var zone = new Div();
            zone.addClassName("desk-drop");
            zone.getElement().setAttribute("data-column", String.valueOf(column));
            place(zone, c + 2, 2, rows + 2);
            DropTarget.create(zone).setDropEffect(DropEffect.MOVE);
            zone.getElement().addEventListener("drop", e -> {
                DeskDay.Block b = dragging;
                dragging = null;
                if (b != null) {
                    handler.dropped(b, startAt(e.getEventData().get(DROP_FRACTION).asDouble()), column);
                }
            }).addEventData(DROP_FRACTION);
            add(zone);
        }
    }

    /** How many rows of {@link #ROW} the day has below the headers. */
    int rows() {
        return rows;
    }

    /** The grid line a fraction of a column's height falls in. */
    Instant startAt(double fraction) {
        int row = (int) Math.floor(Math.max(0, Math.min(0.9999, fraction)) * rows);
        return day.opens().plus(ROW.multipliedBy(row));
    }

    private void timeLabels(int rows) {
        for (int r = 0; r < rows; r++) {
            Instant at = day.opens().plus(ROW.multipliedBy(r));
            if (at.atZone(day.zone()).getMinute() == 0 || r == 0) {
                var label = new Div(new Span(time.format(at)));
                label.addClassName("desk-time");
                place(label, 1, r + 2, r + 3);
                add(label);
            }
        }
    }

    /** Shades what is not working time between opening and closing: off shift, breaks, time off. */
    private void shadeOffTime(List<Interval> working, int column) {
        Instant from = day.opens();
        for (Interval w : working) {
            if (w.start().isAfter(from)) {
                off(from, w.start().isBefore(day.closes()) ? w.start() : day.closes(), column);
            }
            from = w.end().isAfter(from) ? w.end() : from;
        }
        if (from.isBefore(day.closes())) {
            off(from, day.closes(), column);
        }
    }

    private void off(Instant from, Instant until, int column) {
        if (!from.isBefore(until)) {
            return;
        }
        var shade = new Div();
        shade.addClassName("desk-off");
        place(shade, column, rowOf(from, false), rowOf(until, true));
        add(shade);
    }

    /**
     * One tappable area per stretch of working time (a handful per therapist, not one per cell):
     * bookings lie on top of it, so what a tap reaches is free. Its data attributes say whose
     * time it is and where it starts; the single listener of {@link #onFreeCell} turns the tap's
     * height into the row.
     */
    private void freeTime(DeskDay.TherapistColumn therapist, int column) {
        for (Interval w : therapist.working()) {
            Instant from = w.start().isBefore(day.opens()) ? day.opens() : w.start();
            Instant until = w.end().isAfter(day.closes()) ? day.closes() : w.end();
            if (!from.isBefore(until)) {
                continue;
            }
            int first = rowOf(from, false);
            int end = Math.max(first + 1, rowOf(until, true));
            var free = new Div();
            free.addClassName("desk-free");
            free.getElement().setAttribute("data-therapist", String.valueOf(therapist.id()));
            free.getElement().setAttribute("data-from", String.valueOf(startOfRow(first).getEpochSecond()));
            free.getElement().setAttribute("data-rows", String.valueOf(end - first));
            place(free, column, first, end);
            add(free);
        }
    }

    /**
     * Calls {@code onTap} with the therapist and the start of the row when the clerk taps free
     * working time. One DOM listener for the whole grid; taps elsewhere never reach the server.
     */
    void onFreeCell(java.util.function.BiConsumer<Long, Instant> onTap) {
        getElement().addEventListener("click", e -> {
            var data = e.getEventData();
            long therapist = data.get(FREE_THERAPIST).asLong();
            long from = data.get(FREE_FROM).asLong();
            int rows = Math.max(1, data.get(FREE_ROWS).asInt());
            double height = data.get(FREE_AT).asDouble();
            int row = Math.min(rows - 1, Math.max(0, (int) Math.floor(height * rows)));
            onTap.accept(therapist, Instant.ofEpochSecond(from).plus(ROW.multipliedBy(row)));
        }).setFilter(FREE_TAP)
                .addEventData(FREE_THERAPIST).addEventData(FREE_FROM).addEventData(FREE_ROWS).addEventData(FREE_AT);
    }

    /** Only taps on free time go to the server. */
    static final String FREE_TAP = "event.target.classList.contains('desk-free')";
    static final String FREE_THERAPIST = "Number(event.target.dataset.therapist)";
    static final String FREE_FROM = "Number(event.target.dataset.from)";
    static final String FREE_ROWS = "Number(event.target.dataset.rows)";
    /** Where in the area the tap fell, from 0 (top) to 1 (bottom). */
    static final String FREE_AT = "event.target.clientHeight ? event.offsetY / event.target.clientHeight : 0";

    private Instant startOfRow(int row) {
        return day.opens().plus(ROW.multipliedBy(row - 2L));
    }

    private Div block(DeskDay.Block b, int column, DayCalendar.View view, Names names, LongConsumer onOpen) {
        var block = new Div();
        // A block is a button: opened by a click, a tap, or Enter and Space from the keyboard.
        block.getElement().setAttribute("role", "button");
        block.getElement().setAttribute("tabindex", "0");
        block.addClickListener(e -> onOpen.accept(b.bookingId()));
        block.getElement().addEventListener("keydown", e -> onOpen.accept(b.bookingId()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        block.addClassNames("desk-block", "status-" + b.status().name().toLowerCase(Locale.ROOT));
        block.getElement().setAttribute("data-booking", String.valueOf(b.bookingId()));
        place(block, column, rowOf(b.start(), false), rowOf(b.end(), true));
        var status = new Span(getTranslation("desk.status." + b.status().name()));
        status.addClassName("desk-block__status");
        // Status and time first: a short block still shows them (status in words, not colour alone);
        // a line too long for a narrow column loses its end, the end time, not the status.
        var when = new Span(status, new Span(" · " + time.format(b.start()) + "–" + time.format(b.end())));
        when.addClassName("desk-block__time");
        String who = b.isHold() ? getTranslation("desk.block.held", time.format(b.holdExpiresAt()))
                : b.guestFirstName();
        // The marks follow the guest's name, so that a 30-minute block still shows a review to clear.
        var guest = new Span(new Span(who));
        guest.addClassName("desk-block__guest");
        var what = new Span(getTranslation("desk.block.treatment", names.treatment().apply(b.treatmentId()), b.minutes()));
        what.addClassName("desk-block__treatment");
        String where = view == View.THERAPISTS ? names.rooms().getOrDefault(b.roomId(), "")
                : names.therapists().getOrDefault(b.therapistId(), "");
        var place = new Span(where);
        place.addClassName("desk-block__place");
        block.add(when, guest, what, place);
        if (b.reviewNeeded()) {
            guest.add(mark("desk-mark--review", getTranslation("desk.mark.review")));
        }
        if (b.caution()) {
            guest.add(mark("desk-mark--caution", getTranslation("desk.mark.caution")));
        }
        if (!b.addOnIds().isEmpty()) {
            guest.add(mark("desk-mark--addons", getTranslation("desk.mark.addOns", b.addOnIds().size())));
        }
        block.getElement().setAttribute("title", who + " · " + what.getText() + " · " + status.getText());
        return block;
    }

    private static Span mark(String kind, String text) {
        var mark = new Span(text);
        mark.addClassNames("desk-mark", kind);
        return mark;
    }

    /** The grid row where an instant falls (row 1 is the header); an end rounds up to the next row. */
    int rowOf(Instant instant, boolean roundUp) {
        long minutes = Duration.between(day.opens(), instant).toMinutes();
        long step = ROW.toMinutes();
        long index = roundUp ? (minutes + step - 1) / step : minutes / step;
        return (int) Math.max(0, index) + 2;
    }

    private static void place(Div cell, int column, int rowStart, int rowEnd) {
        cell.getStyle().set("grid-column", String.valueOf(column));
        cell.getStyle().set("grid-row", rowStart + " / " + Math.max(rowStart + 1, rowEnd));
    }
}
